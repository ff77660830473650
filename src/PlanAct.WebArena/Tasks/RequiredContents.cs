namespace PlanAct.WebArena.Tasks;

/// <summary>The check of one <c>program_html</c> target (<c>required_contents</c>).</summary>
/// <param name="Kind">Which check.</param>
/// <param name="Values">The reference values (one value for <see cref="ContentCheckKind.ExactMatch"/>).</param>
public sealed record RequiredContents(ContentCheckKind Kind, IReadOnlyList<string> Values);
