using PlanAct.WebArena.Evaluation;
using PlanAct.WebArena.Login;
using PlanAct.WebArena.Suite;

namespace PlanAct.WebArena;

/// <summary>Harness settings, bound from configuration section <c>PlanAct:WebArena</c>.</summary>
public sealed class WebArenaOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "PlanAct:WebArena";

    /// <summary>Site key → deployment URL (e.g. <c>shopping</c> → <c>http://10.0.0.5:7770</c>). Environment variables <c>WA_SHOPPING</c>/<c>SHOPPING</c> fill the rest. Custom keys (e.g. <c>demo</c>) give placeholders <c>__DEMO__</c>.</summary>
    public Dictionary<string, string> Sites { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Show agents WebArena's public-looking hostnames (<c>http://onestopmarket.com</c>, …) instead of the deployment's. Default <see langword="true"/>.</summary>
    public bool UsePublicHostnames { get; set; } = true;

    /// <summary>Site key → public base URL, overriding or adding to WebArena's names.</summary>
    public Dictionary<string, string> PublicHostnames { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Site key → account, overriding the standard WebArena accounts.</summary>
    public Dictionary<string, SiteAccount> Accounts { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Folder of storage-state files (<c>&lt;site&gt;_state.json</c>). Default <c>.auth</c>.</summary>
    public string AuthFolder { get; set; } = ".auth";

    /// <summary>Cached storage states older than this many hours are renewed by signing in again. Default 12.</summary>
    public double StorageStateMaxAgeHours { get; set; } = 12;

    /// <summary>Bound on each wait while signing in, in seconds. Default 30.</summary>
    public int LoginTimeoutSeconds { get; set; } = 30;

    /// <summary>Model id for the LLM judge (<c>fuzzy_match</c>, N/A); empty uses the judge client's default. Recorded with verdicts.</summary>
    public string? JudgeModel { get; set; }

    /// <summary>Which chat client judges: <c>Planner</c> (default), <c>Executor</c>, or <c>Judge</c> (a keyed <c>IChatClient</c> registered as "Judge").</summary>
    public string JudgeClient { get; set; } = "Planner";

    /// <summary>The <c>url_match</c> rules. Default <see cref="UrlMatchVariant.Lite"/>.</summary>
    public UrlMatchVariant UrlMatch { get; set; } = UrlMatchVariant.Lite;

    /// <summary>Upper bound on waiting for a <c>program_html</c> page to go idle, in milliseconds (WebArena sleeps 3000). Default 3000.</summary>
    public int EvaluationSettleMs { get; set; } = 3000;

    /// <summary>Tasks at once. Default: half the cores, 1–4.</summary>
    public int MaxConcurrency { get; set; } = SuiteRunOptions.DefaultConcurrency;

    /// <summary>Time limit per task, in seconds. Default 600.</summary>
    public int TaskTimeoutSeconds { get; set; } = 600;

    /// <summary>Cost budget per task in US dollars; empty for none.</summary>
    public decimal? TaskCostBudgetUsd { get; set; }

    /// <summary>Never run two state-changing tasks on one site at once. Default <see langword="true"/>.</summary>
    public bool SerializeStateChangingTasks { get; set; } = true;

    /// <summary>Shell command resetting sites before <c>require_reset</c> tasks; <c>{sites}</c> is replaced by the site keys.</summary>
    public string? ResetCommand { get; set; }

    /// <summary>URL requested (GET) to reset sites before <c>require_reset</c> tasks (BrowserGym's <c>WA_FULL_RESET</c>).</summary>
    public string? ResetUrl { get; set; }

    /// <summary>Folder for results (<c>results.jsonl</c>, summaries, per-task artifacts). Default <c>webarena-results</c>.</summary>
    public string OutputFolder { get; set; } = "webarena-results";

    /// <summary>The standard accounts with <see cref="Accounts"/> applied on top.</summary>
    /// <returns>Site key → account.</returns>
    public IReadOnlyDictionary<string, SiteAccount> EffectiveAccounts()
    {
        var accounts = new Dictionary<string, SiteAccount>(SiteLoginService.StandardAccounts, StringComparer.OrdinalIgnoreCase);
        foreach (var (site, account) in Accounts)
        {
            accounts[site] = account;
        }

        return accounts;
    }

    /// <summary>The suite options these settings describe.</summary>
    /// <param name="shard">The shard, if any.</param>
    /// <returns>Suite options.</returns>
    public SuiteRunOptions ToSuiteRunOptions(ShardSpec? shard = null) => new()
    {
        MaxConcurrency = MaxConcurrency,
        TaskTimeout = TimeSpan.FromSeconds(TaskTimeoutSeconds),
        CostBudgetUsd = TaskCostBudgetUsd,
        SerializeStateChangingTasks = SerializeStateChangingTasks,
        Shard = shard,
        OutputFolder = OutputFolder,
    };
}
