namespace PlanAct.WebArena.Tasks;

/// <summary>One WebArena task config with its site placeholders already replaced by URLs.</summary>
public sealed record WebArenaTask
{
    /// <summary><c>task_id</c>.</summary>
    public required int TaskId { get; init; }

    /// <summary><c>sites</c>: site keys such as <c>shopping</c> or <c>gitlab</c> (custom keys allowed).</summary>
    public required IReadOnlyList<string> Sites { get; init; }

    /// <summary><c>require_login</c>.</summary>
    public bool RequireLogin { get; init; }

    /// <summary><c>storage_state</c>: a Playwright storage-state file, relative to the auth folder, or <see langword="null"/>.</summary>
    public string? StorageState { get; init; }

    /// <summary>The start URLs (from <c>start_url</c> split on <c> |AND| </c>); one tab each, the first is current.</summary>
    public required IReadOnlyList<string> StartUrls { get; init; }

    /// <summary><c>geolocation</c>, or <see langword="null"/>.</summary>
    public Geolocation? Geolocation { get; init; }

    /// <summary><c>intent</c>: the task text given to the agent.</summary>
    public required string Intent { get; init; }

    /// <summary><c>intent_template</c>, informational.</summary>
    public string? IntentTemplate { get; init; }

    /// <summary><c>intent_template_id</c>, informational.</summary>
    public int? IntentTemplateId { get; init; }

    /// <summary><c>old_task_id</c> (the id in full WebArena; WebArena-Lite only).</summary>
    public int? OldTaskId { get; init; }

    /// <summary><c>require_reset</c>: the sites must be reset before this task.</summary>
    public bool RequireReset { get; init; }

    /// <summary>The <c>eval</c> object.</summary>
    public required TaskEvaluationSpec Eval { get; init; }

    /// <summary>The file the task came from (for error messages).</summary>
    public string Source { get; init; } = "";

    /// <summary>The site group used in reports: the single site key, or <c>multi-site</c>.</summary>
    public string SiteGroup => Sites.Count == 1 ? Sites[0] : SiteGroups.MultiSite;

    /// <summary>
    /// Whether the task is expected to change a site's state: it is checked by <c>program_html</c>
    /// (which inspects what the agent changed) or explicitly requires a reset.
    /// </summary>
    public bool ChangesSiteState => RequireReset || Eval.EvalTypes.Contains(EvalType.ProgramHtml);
}
