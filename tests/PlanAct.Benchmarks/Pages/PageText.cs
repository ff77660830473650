using System.Net;
using System.Text;

namespace PlanAct.Benchmarks.Pages;

/// <summary>Deterministic filler text for generated pages (seeded, so every run serves the same bytes).</summary>
internal sealed class PageText
{
    private static readonly string[] Words =
    [
        "the", "a", "battery", "lasts", "about", "two", "days", "with", "normal", "use", "and", "charging", "is", "quick",
        "I", "ordered", "this", "for", "my", "office", "it", "arrived", "on", "time", "but", "box", "was", "damaged",
        "quality", "feels", "solid", "price", "reasonable", "compared", "to", "similar", "models", "from", "other", "brands",
        "screen", "bright", "enough", "outdoors", "sound", "could", "be", "louder", "setup", "took", "five", "minutes",
        "customer", "support", "answered", "within", "an", "hour", "would", "recommend", "friends", "family", "colleagues",
        "shipping", "cost", "was", "higher", "than", "expected", "warranty", "covers", "one", "year", "of", "parts", "labour",
    ];

    private static readonly string[] Names =
    [
        "Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn", "Harper", "Rowan",
        "Kim", "Lee", "Patel", "Garcia", "Nguyen", "Smith", "Müller", "Rossi", "Tanaka", "Silva", "Novak", "Okafor",
    ];

    private readonly Random _random;

    public PageText(int seed) => _random = new Random(seed);

    public int Next(int min, int max) => _random.Next(min, max);

    public string Sentence(int minWords = 6, int maxWords = 18)
    {
        var count = _random.Next(minWords, maxWords);
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var word = Words[_random.Next(Words.Length)];
            sb.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            sb.Append(i == count - 1 ? "." : " ");
        }

        return sb.ToString();
    }

    public string Paragraph(int sentences) => string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence()));

    public string Person() => $"{Names[_random.Next(12)]} {Names[12 + _random.Next(12)]}";

    public string Title(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ =>
    {
        var w = Words[_random.Next(Words.Length)];
        return char.ToUpperInvariant(w[0]) + w[1..];
    }));

    public static string Encode(string text) => WebUtility.HtmlEncode(text);
}
