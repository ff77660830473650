using NUnit.Framework;
using PlanAct.WebArena.Evaluation;

namespace PlanAct.WebArena.Tests.Evaluation;

public sealed class UrlMatchEvaluatorTests
{
    private const string Task25 = "http://h:8023/kkroening/ffmpeg-python/-/issues/?sort=created_date&state=opened&label_name%5B%5D=question&first_page_size=20";

    // Worked example E7: (final URL, Lite, Original).
    [TestCase(Task25, 1, 1)]
    [TestCase(Task25 + "&page=2", 1, 1)]
    [TestCase("http://h:8023/kkroening/ffmpeg-python/-/issues/?state=opened&sort=created_date&first_page_size=20&label_name%5B%5D=question", 0, 1)]
    [TestCase("http://h:8023/kkroening/ffmpeg-python/-/issues/?sort=created_date&state=opened&label_name[]=question&first_page_size=20", 0, 1)]
    [TestCase("http://h:8023/kkroening/ffmpeg-python/-/issues/?sort=created_date&state=opened&label_name%5B%5D=question", 0, 0)]
    public void E7_query_strings(string finalUrl, double lite, double original)
    {
        Assert.That(UrlMatchEvaluator.Evaluate(Task25, "GOLD in PRED", finalUrl, UrlMatchVariant.Lite).Score, Is.EqualTo(lite));
        Assert.That(UrlMatchEvaluator.Evaluate(Task25, "GOLD in PRED", finalUrl, UrlMatchVariant.Original).Score, Is.EqualTo(original));
    }

    // Worked example E8: no url_note → EXACT under Lite, GOLD in PRED under Original.
    [TestCase("http://h:8023/a11yproject/a11yproject.com/-/issues/719", 1, 1)]
    [TestCase("http://h:8023/a11yproject/a11yproject.com/-/issues/719/", 1, 1)]
    [TestCase("http://h:8023/a11yproject/a11yproject.com/-/issues/719#note_42", 0, 1)]
    [TestCase("http://h:8023/a11yproject/a11yproject.com/-/issues/719?foo", 0, 1)]
    [TestCase("http://h:8023/a11yproject/a11yproject.com/-/issues/71", 0, 0)]
    public void E8_exact_by_default_under_Lite(string finalUrl, double lite, double original)
    {
        const string reference = "http://h:8023/a11yproject/a11yproject.com/-/issues/719";
        Assert.That(UrlMatchEvaluator.Evaluate(reference, null, finalUrl, UrlMatchVariant.Lite).Score, Is.EqualTo(lite));
        Assert.That(UrlMatchEvaluator.Evaluate(reference, null, finalUrl, UrlMatchVariant.Original).Score, Is.EqualTo(original));
    }

    [Test]
    public void E9_trailing_slash_and_magento_keys()
    {
        var verdict = UrlMatchEvaluator.Evaluate("http://h:7780/admin/customer/index/", "GOLD in PRED", "http://h:7780/admin/customer/index/key/3f9c0a/", UrlMatchVariant.Lite);
        Assert.That(verdict.Score, Is.EqualTo(1));
        Assert.That(verdict.Explanation, Has.Some.Contains("reference http://h:7780/admin/customer/index in prediction → pass"));
    }

    [Test]
    public void Or_alternatives_and_localhost_cleaning()
    {
        const string reference = "http://localhost:9999/f/nyc |OR| http://localhost:9999/f/newyork";
        Assert.That(UrlMatchEvaluator.Evaluate(reference, "GOLD in PRED", "http://127.0.0.1:9999/f/newyork/12/post", UrlMatchVariant.Lite).Score, Is.EqualTo(1));
        Assert.That(UrlMatchEvaluator.Evaluate(reference, null, "http://127.0.0.1:9999/f/nyc/", UrlMatchVariant.Lite).Score, Is.EqualTo(1));
        Assert.That(UrlMatchEvaluator.Evaluate(reference, null, "http://127.0.0.1:9999/f/boston", UrlMatchVariant.Lite).Score, Is.EqualTo(0));
        Assert.That(UrlMatchEvaluator.Evaluate("http://h/a//", null, "http://h/a/", UrlMatchVariant.Lite).Score, Is.EqualTo(0), "Lite removes only one trailing slash");
        Assert.That(UrlMatchEvaluator.Evaluate("http://h/a//", null, "http://h/a/", UrlMatchVariant.Original).Score, Is.EqualTo(1));
    }
}
