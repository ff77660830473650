using System.Text.Json;

namespace PlanAct.Plugins.Browser;

/// <summary>What <see cref="ElementStateScript"/> found out about an element; <see langword="null"/> means undecided.</summary>
/// <param name="IsSelect">Whether it is a <c>&lt;select&gt;</c>, or <see langword="null"/> when undecided.</param>
/// <param name="Visible">Whether Playwright would consider it visible, or <see langword="null"/> when undecided.</param>
/// <param name="Enabled">Whether Playwright would consider it enabled, or <see langword="null"/> when undecided.</param>
/// <param name="Editable">Whether Playwright would consider it editable, or <see langword="null"/> when undecided.</param>
internal sealed record ElementState(bool? IsSelect, bool? Visible, bool? Enabled, bool? Editable)
{
    /// <summary>Reads the probe's JSON array; <see langword="null"/> when the element is gone.</summary>
    /// <param name="result">The evaluate result.</param>
    /// <returns>The state, or <see langword="null"/>.</returns>
    public static ElementState? From(JsonElement? result)
    {
        if (result is not { ValueKind: JsonValueKind.Array } array || array.GetArrayLength() < 4)
        {
            return null;
        }

        static bool? Flag(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };
        return new ElementState(Flag(array[0]), Flag(array[1]), Flag(array[2]), Flag(array[3]));
    }
}
