namespace PlanAct.Plugins.Actions.Parsing;

/// <summary>Builds parse errors a small model can act on: the text it wrote, what was wrong, and the grammar it should use. Pure.</summary>
internal static class ParseFailure
{
    private const int MaxSnippetLength = 120;

    /// <summary>The WebArena bracket grammar in brief.</summary>
    public const string WebArenaSyntax =
        "click [id], type [id] [text] [0|1], hover [id], press [key_comb], scroll [up|down], select_option [id] [option], "
        + "goto [url], go_back, go_forward, new_tab, tab_focus [index], close_tab, stop [answer]";

    /// <summary>The WebRL call grammar in brief.</summary>
    public const string WebRLSyntax =
        "do(action=\"Click\", element=\"id\"), do(action=\"Type\", argument=\"text\", element=\"id\"), "
        + "do(action=\"Search\", argument=\"text\", element=\"id\"), do(action=\"Hover\", element=\"id\"), "
        + "do(action=\"Select Dropdown Option\", argument=\"option\", element=\"id\"), do(action=\"Scroll Down\"), "
        + "do(action=\"Scroll Up\"), do(action=\"Press Enter\"), do(action=\"Go Backward\"), do(action=\"Go Forward\"), "
        + "exit(message=\"answer\")";

    /// <summary>The BrowserGym call grammar in brief.</summary>
    public const string BrowserGymSyntax =
        "click(bid=id), type(bid=id, value=\"text\", press_enter=True|False), hover(bid=id), "
        + "select_option(bid=id, options=\"option\"), press(key_comb=\"Enter\"), scroll_down(), scroll_up(), "
        + "go_back(), go_forward(), goto(url=\"url\"), new_tab(), tab_focus(index=0), tab_close(), stop(answer=\"answer\")";

    /// <summary>The brief grammar of <paramref name="grammar"/>.</summary>
    public static string Syntax(ActionGrammar grammar) => grammar switch
    {
        ActionGrammar.WebArena => WebArenaSyntax,
        ActionGrammar.WebRL => WebRLSyntax,
        ActionGrammar.BrowserGym => BrowserGymSyntax,
        _ => throw new ArgumentOutOfRangeException(nameof(grammar), grammar, "unknown action grammar"),
    };

    /// <summary>A failed parse of <paramref name="text"/> for <paramref name="reason"/>.</summary>
    public static ActionParseResult Create(string text, string reason, ActionGrammar grammar)
        => new(null, $"could not parse \"{Snippet(text)}\": {reason}. Expected exactly one action, one of: {Syntax(grammar)}");

    private static string Snippet(string text)
    {
        var oneLine = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return oneLine.Length <= MaxSnippetLength ? oneLine : string.Concat(oneLine.AsSpan(0, MaxSnippetLength - 1), "…");
    }
}
