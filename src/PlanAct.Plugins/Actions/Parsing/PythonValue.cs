using System.Globalization;

namespace PlanAct.Plugins.Actions.Parsing;

/// <summary>One argument value of a scanned Python-style call.</summary>
/// <param name="Kind">How the value was written.</param>
/// <param name="Text">The value as text: string contents with escapes resolved, the digits of a number, <c>True</c>/<c>False</c>, or the trimmed bare text.</param>
internal sealed record PythonValue(PythonValueKind Kind, string Text)
{
    /// <summary>Reads the value as an integer (integer literals, and strings or bare text holding one).</summary>
    public bool TryGetInt(out int value)
        => int.TryParse(Text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>Reads the value as a number (integers, decimals, and strings holding one).</summary>
    public bool TryGetDouble(out double value)
        => double.TryParse(Text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>Reads the value as a boolean: <c>True</c>/<c>False</c>, and leniently <c>true</c>, <c>1</c>, <c>0</c> in any form.</summary>
    public bool TryGetBool(out bool value)
    {
        switch (Text.Trim().ToUpperInvariant())
        {
            case "TRUE" or "1" or "YES":
                value = true;
                return true;
            case "FALSE" or "0" or "NO":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
