using System.Collections.Frozen;
using System.Globalization;

namespace PlanAct.Plugins.Actions;

/// <summary>
/// Translates key combinations as models write them (WebArena style: <c>Ctrl+v</c>, <c>Enter</c>, <c>Meta+a</c>,
/// <c>shift+Tab</c>) into Playwright key names (<c>Control+v</c>, <c>Enter</c>, <c>ControlOrMeta+a</c>, <c>Shift+Tab</c>). Pure.
/// </summary>
/// <remarks><c>Meta</c>/<c>Cmd</c> become <c>ControlOrMeta</c> so Mac-style shortcuts work on Linux browsers.</remarks>
public static class KeyCombination
{
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["ctrl"] = "Control", ["control"] = "Control", ["ctl"] = "Control",
        ["shift"] = "Shift", ["alt"] = "Alt", ["option"] = "Alt",
        ["meta"] = "ControlOrMeta", ["cmd"] = "ControlOrMeta", ["command"] = "ControlOrMeta", ["win"] = "Meta", ["super"] = "Meta",
        ["controlormeta"] = "ControlOrMeta",
        ["enter"] = "Enter", ["return"] = "Enter", ["tab"] = "Tab", ["space"] = "Space", ["spacebar"] = "Space",
        ["backspace"] = "Backspace", ["delete"] = "Delete", ["del"] = "Delete", ["insert"] = "Insert", ["ins"] = "Insert",
        ["escape"] = "Escape", ["esc"] = "Escape",
        ["arrowup"] = "ArrowUp", ["up"] = "ArrowUp", ["arrowdown"] = "ArrowDown", ["down"] = "ArrowDown",
        ["arrowleft"] = "ArrowLeft", ["left"] = "ArrowLeft", ["arrowright"] = "ArrowRight", ["right"] = "ArrowRight",
        ["home"] = "Home", ["end"] = "End", ["pageup"] = "PageUp", ["pgup"] = "PageUp", ["pagedown"] = "PageDown", ["pgdn"] = "PageDown",
        ["plus"] = "+", ["minus"] = "-", ["equal"] = "=", ["comma"] = ",", ["period"] = ".", ["slash"] = "/",
        ["backslash"] = "\\", ["semicolon"] = ";", ["quote"] = "'", ["backquote"] = "`",
        ["bracketleft"] = "[", ["bracketright"] = "]",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Translates a key combination.</summary>
    /// <param name="keyCombination">What the model wrote, e.g. <c>Ctrl+a</c>.</param>
    /// <param name="playwrightKeys">The Playwright key string when successful.</param>
    /// <param name="error">Why the text is not a key combination, when unsuccessful.</param>
    /// <returns>Whether the text was understood.</returns>
    public static bool TryTranslate(string? keyCombination, out string playwrightKeys, out string error)
    {
        playwrightKeys = "";
        error = "";
        var text = keyCombination?.Trim().Trim('[', ']').Trim() ?? "";
        if (text.Length == 0)
        {
            error = "no key given; write e.g. Enter, Tab, Ctrl+a or Shift+Tab";
            return false;
        }

        var parts = text.Length == 1 ? [text] : SplitKeys(text);
        var translated = new List<string>(parts.Count);
        foreach (var part in parts)
        {
            if (!TryTranslateKey(part, out var key))
            {
                error = $"unknown key '{part}' in '{text}'; use names like Enter, Tab, Escape, Backspace, ArrowDown, PageDown, F5, a single character, and modifiers Ctrl, Shift, Alt, Meta joined with +";
                return false;
            }

            translated.Add(key);
        }

        playwrightKeys = string.Join('+', translated);
        return true;
    }

    private static List<string> SplitKeys(string text)
    {
        // "Ctrl++" means Control and the plus key.
        var parts = new List<string>();
        var current = "";
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '+' && current.Length > 0)
            {
                parts.Add(current.Trim());
                current = "";
            }
            else
            {
                current += c;
            }
        }

        if (current.Length > 0)
        {
            parts.Add(current.Trim());
        }

        return parts;
    }

    private static bool TryTranslateKey(string part, out string key)
    {
        key = "";
        if (part.Length == 0)
        {
            return false;
        }

        if (part.Length == 1)
        {
            key = part;
            return true;
        }

        if (Names.TryGetValue(part, out var name))
        {
            key = name;
            return true;
        }

        if ((part[0] == 'F' || part[0] == 'f')
            && int.TryParse(part.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 12)
        {
            key = "F" + n.ToString(CultureInfo.InvariantCulture);
            return true;
        }

        if (part.StartsWith("Key", StringComparison.Ordinal) && part.Length == 4 && char.IsAsciiLetterUpper(part[3]))
        {
            key = part;
            return true;
        }

        if (part.StartsWith("Digit", StringComparison.Ordinal) && part.Length == 6 && char.IsAsciiDigit(part[5]))
        {
            key = part;
            return true;
        }

        return false;
    }
}
