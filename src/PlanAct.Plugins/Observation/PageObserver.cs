using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using PlanAct.Plugins.Observation.Capture;
using PlanAct.Plugins.Observation.Rendering;
using PlanAct.Plugins.Observation.Aria;

namespace PlanAct.Plugins.Observation;

/// <summary>
/// Captures a page (all frames, open shadow roots) and renders it in one of the observation formats.
/// Rendering is a pure function of the captured tree; this type is the I/O edge.
/// </summary>
public sealed partial class PageObserver
{
    private const float NavigationRetryTimeoutMs = 5000;
    private static readonly ConditionalWeakTable<IPage, IdCounter> Counters = [];
    private readonly ILogger _logger;

    /// <summary>Creates an observer.</summary>
    /// <param name="logger">Optional logger.</param>
    public PageObserver(ILogger<PageObserver>? logger = null)
    {
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Captures <paramref name="page"/> and renders it as <paramref name="options"/> asks.</summary>
    /// <param name="page">The page to observe.</param>
    /// <param name="options">Format, viewport-only mode and token budget.</param>
    /// <param name="cancellationToken">Cancels the capture.</param>
    /// <returns>The rendered content and the id map.</returns>
    public async Task<PageSnapshot> CaptureAsync(IPage page, ObservationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        LogCapturing(page.Url, options.Format);
        return options.Format == ObservationFormat.Aria
            ? await CaptureAriaAsync(page, options, cancellationToken).ConfigureAwait(false)
            : await CaptureDomAsync(page, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Captures the page's DOM tree (all frames, open shadow roots) without rendering it, marking every captured element with its id.</summary>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the capture.</param>
    /// <returns>The captured tree.</returns>
    public async Task<CapturedPage> CaptureTreeAsync(IPage page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (tree, _) = await CaptureFramesAsync(page, cancellationToken).ConfigureAwait(false);
        return tree;
    }

    private async Task<PageSnapshot> CaptureDomAsync(IPage page, ObservationOptions options, CancellationToken cancellationToken)
    {
        var (tree, frameLocators) = await CaptureFramesAsync(page, cancellationToken).ConfigureAwait(false);
        var fitted = ObservationComposer.Compose(tree, options);
        var nodes = IndexById(tree.Root);
        var elements = new Dictionary<string, ElementHandleInfo>(fitted.Ids.Count, StringComparer.Ordinal);
        foreach (var id in fitted.Ids)
        {
            if (elements.ContainsKey(id) || !nodes.TryGetValue(id, out var node))
            {
                continue;
            }

            var scope = frameLocators[node.FrameIndex];
            var selector = CaptureScript.Selector(id);
            var locator = scope is null ? page.Locator(selector) : scope.Locator(selector);
            elements[id] = new ElementHandleInfo(id, node.Role, node.Name, locator);
        }

        return new PageSnapshot(options.Format, fitted.Text, elements)
        {
            TokenCount = fitted.TokenCount,
            Truncated = fitted.Truncated,
            Tree = tree,
        };
    }

    private async Task<PageSnapshot> CaptureAriaAsync(IPage page, ObservationOptions options, CancellationToken cancellationToken)
    {
        var boxes = options.ViewportOnly || options.ViewportFocusTokens > 0;
        var yaml = await page.AriaSnapshotAsync(new() { Mode = AriaSnapshotMode.Ai, Boxes = boxes }).WaitAsync(cancellationToken).ConfigureAwait(false);
        var viewport = page.ViewportSize;
        double width = viewport?.Width ?? 0, height = viewport?.Height ?? 0;
        if (viewport is null)
        {
            var size = await page.EvaluateAsync<double[]>("() => [window.innerWidth, window.innerHeight]").WaitAsync(cancellationToken).ConfigureAwait(false);
            (width, height) = (size[0], size[1]);
        }

        var parsed = AriaSnapshotParser.Parse(yaml);
        var fitted = ObservationComposer.ComposeAria(parsed, width, height, options);
        var byRef = new Dictionary<string, AriaSnapshotLine>(StringComparer.Ordinal);
        foreach (var line in parsed)
        {
            if (line.Ref is not null)
            {
                byRef.TryAdd(line.Ref, line);
            }
        }

        var elements = new Dictionary<string, ElementHandleInfo>(fitted.Ids.Count, StringComparer.Ordinal);
        foreach (var id in fitted.Ids)
        {
            if (!elements.ContainsKey(id) && byRef.TryGetValue(id, out var line))
            {
                elements[id] = new ElementHandleInfo(id, line.Role, line.Name, page.Locator("aria-ref=" + id));
            }
        }

        return new PageSnapshot(ObservationFormat.Aria, fitted.Text, elements)
        {
            TokenCount = fitted.TokenCount,
            Truncated = fitted.Truncated,
        };
    }

    private async Task<(CapturedPage Tree, IReadOnlyList<IFrameLocator?> FrameScopes)> CaptureFramesAsync(IPage page, CancellationToken cancellationToken)
    {
        var script = CaptureScript.Source;
        var counter = Counters.GetOrCreateValue(page);
        var results = new List<FrameCaptureResult>();
        var scopes = new List<IFrameLocator?>();
        var taken = new HashSet<int>();
        var queue = new Queue<(IFrame Frame, int ParentIndex)>();
        queue.Enqueue((page.MainFrame, -1));
        while (queue.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (frame, parentIndex) = queue.Dequeue();
            var index = results.Count;
            string? ownerId = null;
            IFrameLocator? scope = null;
            if (parentIndex >= 0)
            {
                ownerId = await OwnerIdAsync(frame, cancellationToken).ConfigureAwait(false);
                if (ownerId is null || !int.TryParse(ownerId, out var ownerNumber) || !taken.Contains(ownerNumber))
                {
                    continue; // Hidden or detached frame: not shown.
                }

                var ownerSelector = CaptureScript.Selector(ownerId);
                var parentScope = scopes[parentIndex];
                scope = parentScope is null ? page.FrameLocator(ownerSelector) : parentScope.FrameLocator(ownerSelector);
            }

            var argument = new { next = counter.Next, taken = parentIndex < 0 ? [] : taken.ToArray(), main = parentIndex < 0 };
            string json;
            try
            {
                json = await frame.EvaluateAsync<string>(script, argument).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PlaywrightException ex) when (parentIndex >= 0)
            {
                LogFrameSkipped(frame.Url, ex.Message);
                continue;
            }
            catch (PlaywrightException ex) when (IsNavigationRace(ex))
            {
                // The main document was replaced while capturing: wait for the new one and capture it once more.
                LogRetrying(page.Url, ex.Message);
                await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = NavigationRetryTimeoutMs }).WaitAsync(cancellationToken).ConfigureAwait(false);
                json = await frame.EvaluateAsync<string>(script, argument).WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            var capture = CapturedTreeBuilder.ParseFrame(json);
            // The main frame restarts numbering for a fresh document; child frames only ever move it forward.
            counter.Next = parentIndex < 0 ? capture.Next : Math.Max(counter.Next, capture.Next);

            CollectIds(capture.Root, taken);
            results.Add(new FrameCaptureResult(index, ownerId, capture));
            scopes.Add(scope);
            foreach (var child in frame.ChildFrames)
            {
                queue.Enqueue((child, index));
            }
        }

        return (CapturedTreeBuilder.Build(results), scopes);
    }

    private static bool IsNavigationRace(PlaywrightException ex)
        => ex.Message.Contains("Execution context was destroyed", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains("navigation", StringComparison.OrdinalIgnoreCase);

    private static async Task<string?> OwnerIdAsync(IFrame frame, CancellationToken cancellationToken)
    {
        try
        {
            var owner = await frame.FrameElementAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            await using (owner.ConfigureAwait(false))
            {
                return await owner.GetAttributeAsync(CaptureScript.IdAttribute).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

    private static void CollectIds(RawNode? node, HashSet<int> ids)
    {
        if (node is null)
        {
            return;
        }

        if (node.Id > 0)
        {
            ids.Add(node.Id);
        }

        if (node.Children is not null)
        {
            foreach (var child in node.Children)
            {
                CollectIds(child, ids);
            }
        }
    }

    private static Dictionary<string, CapturedNode> IndexById(CapturedNode? root)
    {
        var index = new Dictionary<string, CapturedNode>(StringComparer.Ordinal);
        if (root is null)
        {
            return index;
        }

        var stack = new Stack<CapturedNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Id is not null)
            {
                index.TryAdd(node.Id, node);
            }

            foreach (var child in node.Children)
            {
                stack.Push(child);
            }
        }

        return index;
    }

    [LoggerMessage(Level = LogLevel.Trace, Message = "Capturing {Url} as {Format}")]
    private partial void LogCapturing(string url, ObservationFormat format);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Page {Url} navigated during capture ({Reason}); capturing again")]
    private partial void LogRetrying(string url, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Skipped frame {Url}: {Reason}")]
    private partial void LogFrameSkipped(string url, string reason);

    private sealed class IdCounter
    {
        public int Next { get; set; } = 1;
    }
}
