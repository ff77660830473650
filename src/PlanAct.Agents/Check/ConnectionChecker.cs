using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanAct.Agents.Configuration;
using PlanAct.Agents.Connectors;
using PlanAct.Agents.Connectors.Errors;
using PlanAct.Agents.Usage;

namespace PlanAct.Agents.Check;

/// <summary>
/// Checks that both endpoints work before a run: the planner's key (OpenRouter <c>GET /key</c>: label, usage, limit),
/// that the planner model exists (<c>GET /models</c>), that the executor answers and lists its model (<c>GET /v1/models</c>),
/// and the round-trip latency of a one-token completion on each. Checks do not retry and are not counted in run usage.
/// </summary>
public sealed class ConnectionChecker
{
    private readonly PlanActOptions _options;
    private readonly ILoggerFactory? _loggerFactory;

    /// <summary>Creates a checker for the given settings.</summary>
    public ConnectionChecker(PlanActOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _loggerFactory = loggerFactory;
    }

    /// <summary>Creates a checker from DI.</summary>
    public ConnectionChecker(IOptions<PlanActOptions> options, ILoggerFactory loggerFactory)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Value, loggerFactory)
    {
    }

    /// <summary>Runs every check; a failing check gives a row with its reason rather than an exception.</summary>
    /// <exception cref="PlanActConfigurationException">The configuration itself is invalid.</exception>
    public async Task<ConnectionCheckResult> CheckAsync(CancellationToken cancellationToken = default)
    {
        var noRetries = new PlanActOptions
        {
            Planner = _options.Planner,
            Executor = _options.Executor,
            PlannerFallback = new FallbackOptions { Enabled = false },
            Retry = new RetryOptions { MaxRetries = 0 },
            Debug = _options.Debug,
            DebugBodyLimit = _options.DebugBodyLimit,
        };
        using var factory = new ModelClientFactory(noRetries, new UsageTracker(), _loggerFactory);
        var rows = new List<ConnectionCheckRow>();
        var planner = factory.GetTarget(ModelRole.Planner);
        if (planner.Provider == ModelProviderKind.OpenRouter)
        {
            rows.Add(await CheckKeyAsync(factory, cancellationToken));
        }

        rows.Add(await CheckModelListedAsync(factory, ModelRole.Planner, cancellationToken));
        rows.Add(await CheckModelListedAsync(factory, ModelRole.Executor, cancellationToken));
        rows.Add(await CheckRoundTripAsync(factory, ModelRole.Planner, cancellationToken));
        rows.Add(await CheckRoundTripAsync(factory, ModelRole.Executor, cancellationToken));
        return new ConnectionCheckResult(rows);
    }

    private static async Task<ConnectionCheckRow> CheckKeyAsync(ModelClientFactory factory, CancellationToken cancellationToken)
    {
        const string check = "API key";
        var role = ModelRole.Planner.ToString();
        var clock = Stopwatch.StartNew();
        try
        {
            var json = await GetJsonAsync(factory, ModelRole.Planner, "key", cancellationToken);
            var data = json?["data"];
            var label = Str(data?["label"]) ?? "(no label)";
            var usage = Num(data?["usage"]);
            var limit = Num(data?["limit"]);
            var remaining = Num(data?["limit_remaining"]);
            var credit = limit is null
                ? $"used ${Fmt(usage)}, no limit"
                : $"used ${Fmt(usage)} of ${Fmt(limit)}, ${Fmt(remaining ?? limit - usage)} left";
            var ok = limit is null || (remaining ?? limit - usage) > 0;
            var detail = $"label {factory.Redactor.Redact(label)}, {credit}";
            return new ConnectionCheckRow(role, check, ok, detail, clock.Elapsed, ok ? null : "no credits left on this key: " + detail);
        }
        catch (Exception e) when (e is ModelProviderException or HttpRequestException or JsonException)
        {
            return new ConnectionCheckRow(role, check, false, "", clock.Elapsed, factory.Redactor.Redact(e.Message));
        }
    }

    private static async Task<ConnectionCheckRow> CheckModelListedAsync(ModelClientFactory factory, ModelRole role, CancellationToken cancellationToken)
    {
        var target = factory.GetTarget(role);
        var check = "model listed";
        var clock = Stopwatch.StartNew();
        try
        {
            var json = await GetJsonAsync(factory, role, "models", cancellationToken);
            var ids = (json?["data"] as JsonArray ?? []).Select(m => Str(m?["id"])).OfType<string>().ToList();
            var found = ids.Contains(target.Model, StringComparer.Ordinal);
            var detail = found
                ? $"'{target.Model}' is listed at {target.BaseUri}"
                : $"'{target.Model}' is not among the {ids.Count} models listed at {target.Resolve("models")}"
                    + (ids.Count is > 0 and <= 5 ? $" ({string.Join(", ", ids)})" : "");
            return new ConnectionCheckRow(role.ToString(), check, found, detail, clock.Elapsed, found ? null : detail);
        }
        catch (Exception e) when (e is ModelProviderException or HttpRequestException or JsonException)
        {
            return new ConnectionCheckRow(role.ToString(), check, false, "", clock.Elapsed, factory.Redactor.Redact(e.Message));
        }
    }

    private static async Task<ConnectionCheckRow> CheckRoundTripAsync(ModelClientFactory factory, ModelRole role, CancellationToken cancellationToken)
    {
        const string check = "one-token completion";
        var clock = Stopwatch.StartNew();
        try
        {
            var response = await factory.GetDirectChatClient(role).GetResponseAsync(
                [new ChatMessage(ChatRole.User, "Reply with the word OK.")],
                new ChatOptions { MaxOutputTokens = 1, Temperature = 0 },
                cancellationToken);
            var elapsed = clock.Elapsed;
            var text = response.Text.Length > 40 ? response.Text[..40] + "…" : response.Text;
            return new ConnectionCheckRow(role.ToString(), check, true, $"replied '{text}' ({response.ModelId})", elapsed);
        }
        catch (ModelProviderException e)
        {
            return new ConnectionCheckRow(role.ToString(), check, false, "", clock.Elapsed, factory.Redactor.Redact(e.Message));
        }
    }

    private static async Task<JsonNode?> GetJsonAsync(ModelClientFactory factory, ModelRole role, string path, CancellationToken cancellationToken)
    {
        var target = factory.GetTarget(role);
        using var response = await factory.GetHttpClient(role).GetAsync(target.Resolve(path), cancellationToken);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private static string? Str(JsonNode? n) => n is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    private static double? Num(JsonNode? n) => n is JsonValue v && v.TryGetValue(out double d) ? d : null;

    private static string Fmt(double? d) => (d ?? 0).ToString("F2", CultureInfo.InvariantCulture);
}
