using System.Globalization;
using System.Text.Json;
using NUnit.Framework;
using PlanAct.DemoSite;

namespace PlanAct.Samples.Tests.DemoSite;

public sealed class DemoTasksTests
{
    private DemoSiteServer _site = null!;
    private JsonElement[] _tasks = null!;

    [OneTimeSetUp]
    public async Task StartSite()
    {
        _site = await DemoSiteServer.StartAsync();
        using var doc = JsonDocument.Parse(DemoTasks.ReadJson(_site.BaseUrl));
        _tasks = [.. doc.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    [OneTimeTearDown]
    public async Task StopSite() => await _site.DisposeAsync();

    [SetUp]
    public Task Reset() => _site.ResetAsync();

    private JsonElement Task(int id) => _tasks.Single(t => t.GetProperty("task_id").GetInt32() == id);

    private static string Reference(JsonElement task, string key, int index = 0)
    {
        var value = task.GetProperty("eval").GetProperty("reference_answers").GetProperty(key);
        return value.ValueKind == JsonValueKind.Array ? value[index].GetString()! : value.GetString()!;
    }

    [Test]
    public void Raw_file_uses_the_placeholder_and_substitution_removes_it()
    {
        var raw = DemoTasks.ReadRawJson();
        Assert.That(raw, Does.Contain(DemoTasks.ShopPlaceholder).And.Contain(DemoTasks.ForumPlaceholder));
        var substituted = DemoTasks.ReadJson(_site.BaseUrl + "/");
        Assert.That(substituted, Does.Not.Contain("__DEMO"));
        Assert.That(substituted, Does.Contain($"\"{_site.BaseUrl}/forum\""), "trailing slash of the base URL is removed");
        Assert.Throws<ArgumentException>(() => DemoTasks.ReadJson("not a url"));
    }

    [Test]
    public void Tasks_follow_the_webarena_schema()
    {
        Assert.That(_tasks, Has.Length.GreaterThanOrEqualTo(10));
        Assert.That(_tasks.Select(t => t.GetProperty("task_id").GetInt32()), Is.Unique);
        Assert.That(_tasks.Select(t => t.GetProperty("intent_template_id").GetInt32()), Is.Unique);
        foreach (var t in _tasks)
        {
            var id = t.GetProperty("task_id").GetInt32();
            Assert.That(t.GetProperty("intent").GetString(), Is.Not.Empty, $"task {id}");
            Assert.That(t.GetProperty("start_url").GetString(), Does.StartWith(_site.BaseUrl), $"task {id}");
            Assert.That(t.GetProperty("sites").EnumerateArray().Select(s => s.GetString()), Is.SubsetOf(DemoTasks.Sites), $"task {id}");
            var eval = t.GetProperty("eval");
            var types = eval.GetProperty("eval_types").EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.That(types, Is.Not.Empty.And.SubsetOf(new[] { "string_match", "url_match", "program_html" }), $"task {id}");
            if (types.Contains("string_match"))
            {
                Assert.That(eval.GetProperty("reference_answers").ValueKind, Is.EqualTo(JsonValueKind.Object), $"task {id}");
            }

            if (types.Contains("url_match"))
            {
                Assert.That(eval.GetProperty("reference_url").GetString(), Does.StartWith(_site.BaseUrl), $"task {id}");
            }

            if (types.Contains("program_html"))
            {
                foreach (var target in eval.GetProperty("program_html").EnumerateArray())
                {
                    var url = target.GetProperty("url").GetString()!;
                    var locator = target.GetProperty("locator").GetString()!;
                    Assert.That(url == "last" || url.StartsWith(_site.BaseUrl, StringComparison.Ordinal), Is.True, $"task {id} url {url}");
                    Assert.That(locator, Does.Not.StartWith("func:"), $"task {id}");
                    Assert.That(target.GetProperty("required_contents").EnumerateObject().Count(), Is.EqualTo(1), $"task {id}");
                }
            }
        }
    }

    [Test]
    public void Every_evaluator_kind_is_covered()
    {
        var evals = _tasks.Select(t => t.GetProperty("eval")).ToList();
        var types = evals.SelectMany(e => e.GetProperty("eval_types").EnumerateArray().Select(x => x.GetString())).ToHashSet();
        Assert.That(types, Is.EquivalentTo(new[] { "string_match", "url_match", "program_html" }));
        var keys = evals.Where(e => e.GetProperty("reference_answers").ValueKind == JsonValueKind.Object)
            .SelectMany(e => e.GetProperty("reference_answers").EnumerateObject().Select(p => p.Name)).ToHashSet();
        Assert.That(keys, Is.SupersetOf(new[] { "exact_match", "must_include", "fuzzy_match" }));
        Assert.That(evals.Count(e => e.TryGetProperty("url_note", out var n) && n.GetString() == "GOLD in PRED"), Is.GreaterThanOrEqualTo(1));
        Assert.That(evals.Count(e => e.GetProperty("eval_types").EnumerateArray().Any(x => x.GetString() == "url_match") && !e.TryGetProperty("url_note", out _)), Is.GreaterThanOrEqualTo(1), "an EXACT url task");
    }

    [Test]
    public async Task Reference_answers_match_the_site_content()
    {
        using var client = new DemoSiteClient(_site);

        var (_, travelMug, _) = await client.GetAsync("/search?q=White+Travel+Mug");
        Assert.That(DemoSiteClient.Texts(travelMug, "price")[0], Is.EqualTo(Reference(Task(0), "exact_match")));

        var (_, redMugs, _) = await client.GetAsync("/category/mugs?color=Red&sort=price_asc");
        Assert.That(DemoSiteClient.Texts(redMugs, "product-name")[0], Is.EqualTo(Reference(Task(1), "must_include")));

        var (_, gardening, _) = await client.GetAsync("/forum/gardening?sort=top");
        Assert.That(DemoSiteClient.Texts(gardening, "post-title")[0], Does.StartWith(Reference(Task(2), "must_include")));

        var (_, sketchbook, _) = await client.GetAsync("/product/37");
        Assert.That(sketchbook, Does.Contain(Reference(Task(3), "fuzzy_match")));

        var (_, backpack, _) = await client.GetAsync(new Uri(Task(5).GetProperty("eval").GetProperty("reference_url").GetString()!).PathAndQuery);
        Assert.That(DemoSiteClient.Texts(backpack, "product-name")[0], Is.EqualTo("Green Canvas Backpack"));

        var (_, notebooks, _) = await client.GetAsync("/category/notebooks");
        Assert.That(DemoSiteClient.TextById(notebooks, "result-count"), Is.EqualTo(Reference(Task(10), "must_include") + " products"));

        await client.SignInAsync();
        var (_, orders, _) = await client.GetAsync("/orders");
        Assert.That(DemoSiteClient.Texts(orders, "total")[0], Is.EqualTo("$" + Reference(Task(11), "must_include")));

        var (_, purple, _) = await client.GetAsync("/search?q=purple");
        Assert.That(DemoSiteClient.TextById(purple, "result-count"), Is.EqualTo("0 results"));
        Assert.That(Reference(Task(12), "exact_match"), Is.EqualTo("N/A"));

        var (_, travel, _) = await client.GetAsync("/forum/travel");
        Assert.That(travel, Does.Contain("Night trains are back</a><p>by " + Reference(Task(13), "must_include") + " "));
    }

    [Test]
    public async Task Upvote_task_expects_the_seeded_score_plus_one()
    {
        var target = Task(9).GetProperty("eval").GetProperty("program_html")[0];
        using var client = new DemoSiteClient(_site);
        var (_, post, _) = await client.GetAsync(new Uri(target.GetProperty("url").GetString()!).PathAndQuery);
        Assert.That(post, Does.Contain("Best e-reader for PDFs"));
        var seeded = int.Parse(DemoSiteClient.TextById(post, "post-score"), CultureInfo.InvariantCulture);
        Assert.That(target.GetProperty("required_contents").GetProperty("exact_match").GetString(),
            Is.EqualTo((seeded + 1).ToString(CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task WriteAsync_writes_a_substituted_task_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "planact-demo-tasks-" + Guid.NewGuid().ToString("N"), "demo.json");
        try
        {
            await DemoTasks.WriteAsync(path, _site.BaseUrl);
            var text = await File.ReadAllTextAsync(path);
            Assert.That(text, Does.Not.Contain("__DEMO"));
            Assert.That(JsonDocument.Parse(text).RootElement.GetArrayLength(), Is.EqualTo(_tasks.Length));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
