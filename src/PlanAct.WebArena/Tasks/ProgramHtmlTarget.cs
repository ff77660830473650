namespace PlanAct.WebArena.Tasks;

/// <summary>One <c>eval.program_html</c> entry: which page to open, what to extract, what it must contain.</summary>
/// <param name="Url"><c>last</c>, a concrete URL, or a <c>func:</c> helper call.</param>
/// <param name="Locator">Empty (page HTML), a <c>document.…</c> expression, <c>lambda:</c> or a <c>func:</c> helper call.</param>
/// <param name="RequiredContents">The check applied to the extracted text.</param>
public sealed record ProgramHtmlTarget(string Url, string Locator, RequiredContents RequiredContents);
