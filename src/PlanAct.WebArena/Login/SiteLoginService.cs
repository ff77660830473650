using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using PlanAct.WebArena.Sites;
using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena.Login;

/// <summary>
/// Gives tasks that require login a storage-state file: the task's own <c>storage_state</c> file when it exists in the
/// auth folder, else a cached one for the same set of sites, else one made by signing in to every site the task names
/// (with the standard WebArena accounts unless overridden) and saved for later tasks.
/// </summary>
public sealed partial class SiteLoginService
{
    private readonly SiteUrls _sites;
    private readonly IReadOnlyDictionary<string, SiteAccount> _accounts;
    private readonly Dictionary<string, ISiteLoginFlow> _flows;
    private readonly string _authFolder;
    private readonly TimeSpan _maxAge;
    private readonly TimeSpan _timeout;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <summary>Creates the service.</summary>
    /// <param name="sites">Site URLs.</param>
    /// <param name="accounts">Accounts per site key.</param>
    /// <param name="flows">Login flows; sites without one need no login.</param>
    /// <param name="authFolder">Folder of storage-state files (WebArena's <c>.auth</c>).</param>
    /// <param name="maxAge">A cached state older than this is renewed.</param>
    /// <param name="timeout">Bound on each login wait.</param>
    /// <param name="logger">Logger.</param>
    public SiteLoginService(SiteUrls sites, IReadOnlyDictionary<string, SiteAccount> accounts, IEnumerable<ISiteLoginFlow> flows, string authFolder, TimeSpan maxAge, TimeSpan timeout, ILogger<SiteLoginService> logger)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentException.ThrowIfNullOrWhiteSpace(authFolder);
        ArgumentNullException.ThrowIfNull(logger);
        _sites = sites;
        _accounts = accounts;
        _flows = flows.ToDictionary(f => f.Site, StringComparer.OrdinalIgnoreCase);
        _authFolder = authFolder;
        _maxAge = maxAge;
        _timeout = timeout;
        _logger = logger;
    }

    /// <summary>The standard WebArena accounts.</summary>
    public static IReadOnlyDictionary<string, SiteAccount> StandardAccounts { get; } = new Dictionary<string, SiteAccount>(StringComparer.OrdinalIgnoreCase)
    {
        [KnownSites.Shopping] = SiteAccount.Of("emma.lopez@gmail.com", "Password.123"),
        [KnownSites.ShoppingAdmin] = SiteAccount.Of("admin", "admin1234"),
        [KnownSites.Reddit] = SiteAccount.Of("MarvelsGrantMan136", "test1234"),
        [KnownSites.GitLab] = SiteAccount.Of("byteblaze", "hello1234"),
    };

    /// <summary>The sites of <paramref name="task"/> that need signing in (those with a login flow), sorted.</summary>
    /// <param name="task">The task.</param>
    /// <returns>Site keys.</returns>
    public IReadOnlyList<string> SitesToSignIn(WebArenaTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.RequireLogin ? [.. task.Sites.Where(_flows.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)] : [];
    }

    /// <summary>Returns the storage-state file for <paramref name="task"/>, signing in first when needed; <see langword="null"/> when the task runs anonymously.</summary>
    /// <param name="browser">The browser to sign in with (a throwaway context is used).</param>
    /// <param name="task">The task.</param>
    /// <param name="cancellationToken">Cancels waiting for another task's login.</param>
    /// <returns>The storage-state path, or <see langword="null"/>.</returns>
    public async Task<string?> EnsureStorageStateAsync(IBrowser browser, WebArenaTask task, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var sites = SitesToSignIn(task);
        if (sites.Count == 0)
        {
            return null;
        }

        if (task.StorageState is { Length: > 0 } given)
        {
            var path = Path.IsPathRooted(given) ? given : Path.Combine(_authFolder, Path.GetFileName(given));
            if (IsFresh(path))
            {
                return path;
            }
        }

        var cached = Path.Combine(_authFolder, string.Join(".", sites) + "_state.json");
        var gate = _gates.GetOrAdd(cached, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (IsFresh(cached))
            {
                return cached;
            }

            await SignInAsync(browser, sites, cached);
            return cached;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Signs in to every site of <paramref name="sites"/> in one context and saves its storage state to <paramref name="path"/>.</summary>
    /// <param name="browser">The browser.</param>
    /// <param name="sites">Site keys with login flows.</param>
    /// <param name="path">Where to save the storage state.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public async Task SignInAsync(IBrowser browser, IReadOnlyList<string> sites, string path)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(sites);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        foreach (var site in sites)
        {
            var url = _sites.Get(site) ?? throw new LoginFailedException($"Cannot sign in to {site}: the site has no URL.");
            var account = _accounts.TryGetValue(site, out var a) ? a : throw new LoginFailedException($"Cannot sign in to {site}: no account is configured (PlanAct:WebArena:Accounts:{site}).");
            LogSigningIn(_logger, site, account.Username);
            await _flows[site].LoginAsync(page, url, account, _timeout);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        await context.StorageStateAsync(new BrowserContextStorageStateOptions { Path = temp });
        File.Move(temp, path, overwrite: true);
    }

    private bool IsFresh(string path) => File.Exists(path) && DateTime.UtcNow - File.GetLastWriteTimeUtc(path) < _maxAge;

    [LoggerMessage(Level = LogLevel.Information, Message = "Signing in to {Site} as {User}")]
    private static partial void LogSigningIn(ILogger logger, string site, string user);
}
