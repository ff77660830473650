using NUnit.Framework;
using PlanAct.Plugins.Observation.Rendering;
using PlanAct.Plugins.Observation.Tokens;

namespace PlanAct.Plugins.Tests.Observation;

public sealed class ObservationTokenizerTests
{
    private static RenderedObservation Lines(int count)
        => new(Enumerable.Range(0, count).Select(i => new RenderedLine($"[{i}] button 'Add product number {i} to the cart'", [$"{i}"])).ToList());

    [Test]
    public void Counts_o200k_tokens()
    {
        Assert.That(ObservationTokenizer.Count("hello world"), Is.EqualTo(2));
        Assert.That(ObservationTokenizer.Count(""), Is.Zero);
    }

    [Test]
    public void Text_under_budget_is_kept_whole()
    {
        var fitted = ObservationTokenizer.Fit(Lines(5), 1000);
        Assert.That(fitted.Truncated, Is.False);
        Assert.That(fitted.Text.Split('\n'), Has.Length.EqualTo(5));
        Assert.That(fitted.Ids, Is.EqualTo(new[] { "0", "1", "2", "3", "4" }));
        Assert.That(fitted.TokenCount, Is.EqualTo(ObservationTokenizer.Count(fitted.Text)));
    }

    [Test]
    public void Over_budget_text_is_cut_at_a_line_with_a_marker_and_only_kept_ids()
    {
        var fitted = ObservationTokenizer.Fit(Lines(500), 200);
        var lines = fitted.Text.Split('\n');
        Assert.That(fitted.Truncated, Is.True);
        Assert.That(fitted.TokenCount, Is.LessThanOrEqualTo(200).And.EqualTo(ObservationTokenizer.Count(fitted.Text)));
        Assert.That(lines[^1], Is.EqualTo("[... observation truncated at 200 tokens; scroll or narrow down to see more]"));
        Assert.That(lines[..^1], Has.All.Match(@"^\[\d+\] button 'Add product number \d+ to the cart'$"));
        Assert.That(fitted.Ids, Is.EqualTo(Enumerable.Range(0, lines.Length - 1).Select(i => $"{i}")));
        Assert.That(fitted.Ids.Count, Is.GreaterThan(5));
    }

    [Test]
    public void Zero_budget_means_no_limit()
    {
        var fitted = ObservationTokenizer.Fit(Lines(500), 0);
        Assert.That(fitted.Truncated, Is.False);
        Assert.That(fitted.Ids, Has.Count.EqualTo(500));
    }

    [Test]
    public void Viewport_note_survives_truncation()
    {
        var observation = Lines(500) with { ViewportOnly = true, OmittedBelow = 7 };
        var fitted = ObservationTokenizer.Fit(observation, 150);
        Assert.That(fitted.Text, Does.EndWith("7 more interactive element(s) below. Scroll down to see them.]"));
        Assert.That(fitted.Text, Does.Contain("[... observation truncated at 150 tokens"));
        Assert.That(fitted.TokenCount, Is.LessThanOrEqualTo(150));
    }
}
