using System.Globalization;
using System.Net;

namespace PlanAct.DemoSite.Rendering;

/// <summary>Small helpers for writing HTML: encoding and formatting of money, dates and ratings.</summary>
internal static class Html
{
    /// <summary>HTML-encodes <paramref name="text"/>.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>URL-encodes <paramref name="text"/> for a query string.</summary>
    public static string U(string? text) => Uri.EscapeDataString(text ?? "");

    /// <summary>Formats a price as <c>$12.50</c>.</summary>
    public static string Money(decimal amount) => "$" + amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Formats a date as <c>2025-03-01</c>.</summary>
    public static string Date(DateTimeOffset value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Formats a date and time as <c>2025-03-01 09:05</c>.</summary>
    public static string DateTime(DateTimeOffset value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Formats a number with the invariant culture.</summary>
    public static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number with the invariant culture.</summary>
    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A hidden input carrying <paramref name="value"/>.</summary>
    public static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{E(name)}\" value=\"{E(value)}\">";
}
