using NUnit.Framework;
using PlanAct.WebArena.Sites;
using PlanAct.WebArena.Tasks;
using PlanAct.WebArena.Tests.Support;

namespace PlanAct.WebArena.Tests.Tasks;

public sealed class TaskConfigLoaderTests
{
    [Test]
    public void Loads_all_165_Lite_tasks_with_the_published_per_site_counts()
    {
        var tasks = new TaskConfigLoader(TestSites.All).Load(TestPaths.LiteRawFile);

        Assert.That(tasks, Has.Count.EqualTo(165));
        var counts = tasks.GroupBy(t => t.SiteGroup).ToDictionary(g => g.Key, g => g.Count());
        Assert.That(counts["shopping"], Is.EqualTo(45));
        Assert.That(counts["shopping_admin"], Is.EqualTo(35));
        Assert.That(counts["gitlab"], Is.EqualTo(30));
        Assert.That(counts["map"], Is.EqualTo(26));
        Assert.That(counts["reddit"], Is.EqualTo(19));
        Assert.That(counts[SiteGroups.MultiSite], Is.EqualTo(10));
        Assert.That(tasks.Select(t => t.TaskId), Is.EqualTo(Enumerable.Range(0, 165)));
        Assert.That(tasks.Sum(t => t.Eval.EvalTypes.Count(e => e == EvalType.ProgramHtml)), Is.EqualTo(48 + 19));
    }

    [Test]
    public void Substitutes_placeholders_everywhere_and_reads_the_odd_fields()
    {
        var tasks = new TaskConfigLoader(TestSites.All).Load(TestPaths.LiteRawFile).ToDictionary(t => t.TaskId);

        Assert.That(tasks[103].StartUrls, Has.Count.EqualTo(3));
        Assert.That(tasks[103].StartUrls, Has.All.StartWith("http://h:7770/"));
        Assert.That(tasks[0].StartUrls, Is.EqualTo(new[] { "http://h:7780/admin" }));
        Assert.That(tasks[81].Eval.ReferenceAnswers!.MustInclude, Is.EqualTo(new[] { "yjlou" }));
        Assert.That(tasks[81].Eval.ReferenceAnswers!.MustIncludeWasString, Is.True);
        Assert.That(tasks[114].Eval.ReferenceAnswers!.FuzzyMatchUnachievable, Is.True);
        Assert.That(tasks[133].Eval.ProgramHtml[0].Url, Is.EqualTo("func:reddit_get_post_url('__last_url__')"));
        Assert.That(tasks[112].Eval.ProgramHtml[0].Url, Is.EqualTo("http://h:8023/byteblaze/dotfiles/-/project_members"));
        Assert.That(tasks[45].Eval.UrlNote, Is.Null);
        Assert.That(tasks[25].Eval.UrlNote, Is.EqualTo("GOLD in PRED"));
        Assert.That(tasks[29].Eval.ReferenceUrl, Is.Null);
    }

    [Test]
    public void A_task_whose_site_has_no_url_fails_with_the_variable_to_set()
    {
        var withoutGitlab = new SiteUrls(TestSites.All.All.Where(kv => kv.Key != "gitlab"));

        var ex = Assert.Throws<TaskConfigException>(() => new TaskConfigLoader(withoutGitlab).Load(TestPaths.LiteRawFile));

        Assert.That(ex!.Errors, Has.Count.GreaterThanOrEqualTo(34));
        Assert.That(ex.Message, Does.Contain("WA_GITLAB").And.Contain("GITLAB").And.Contain("PlanAct:WebArena:Sites:gitlab"));
        Assert.That(ex.Errors.Select(e => e.TaskId), Does.Contain(45));
    }

    [Test]
    public void A_malformed_field_names_the_file_task_and_field_and_nothing_loads()
    {
        const string json = """
            [
              {"sites": ["shopping"], "task_id": 1, "start_url": "__SHOPPING__", "intent": "ok", "require_login": true,
               "eval": {"eval_types": ["string_match"], "reference_answers": {"must_include": ["a"]}, "reference_url": "", "program_html": []}},
              {"sites": ["shopping"], "task_id": 2, "start_url": "__SHOPPING__", "intent": "bad",
               "eval": {"eval_types": ["string_match"], "reference_answers": {"must_include": [3]}, "program_html": []}},
              {"sites": ["shopping"], "task_id": 3, "start_url": "__SHOPPING__", "intent": "bad",
               "eval": {"eval_types": ["program_html", "dom_match"], "program_html": [{"url": "last", "locator": "", "required_contents": {"contains": ["x"]}}]}}
            ]
            """;

        var ex = Assert.Throws<TaskConfigException>(() => new TaskConfigLoader(TestSites.All).Parse(json, "my.json"));

        Assert.That(ex!.Errors.Select(e => (e.TaskId, e.Field)), Is.EquivalentTo(new (int?, string)[]
        {
            (2, "eval.reference_answers.must_include[0]"),
            (3, "eval.eval_types"),
            (3, "eval.program_html[0].required_contents"),
            (3, "eval.program_html"),
        }));
        Assert.That(ex.Errors, Has.All.Matches<TaskConfigError>(e => e!.Source.StartsWith("my.json[", StringComparison.Ordinal)));
        Assert.That(ex.Message, Does.Contain("expected a string, got the number 3"));
    }

    [Test]
    public void Loads_a_folder_of_per_task_files_and_custom_site_keys()
    {
        var folder = Directory.CreateTempSubdirectory("planact-configs").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "7.json"), """
                {"sites": ["demo"], "task_id": 7, "require_login": false, "storage_state": null, "start_url": "__DEMO__/shop",
                 "intent": "Find the cheapest mug", "require_reset": true,
                 "eval": {"eval_types": ["string_match", "url_match"], "reference_answers": {"exact_match": "Blue mug"},
                          "reference_url": "__DEMO__/shop/mug |OR| __DEMO__/shop/mugs", "url_note": "GOLD in PRED", "program_html": []}}
                """);
            File.WriteAllText(Path.Combine(folder, "3.json"), """
                {"sites": ["demo"], "task_id": 3, "start_url": "__DEMO__", "intent": "x",
                 "eval": {"eval_types": ["string_match"], "reference_answers": {"must_include": ["y"]}}}
                """);
            var urls = new SiteUrls(new Dictionary<string, string> { ["demo"] = "http://127.0.0.1:5000/" });

            var tasks = new TaskConfigLoader(urls).Load(folder);

            Assert.That(tasks.Select(t => t.TaskId), Is.EqualTo(new[] { 3, 7 }));
            Assert.That(tasks[1].StartUrls, Is.EqualTo(new[] { "http://127.0.0.1:5000/shop" }));
            Assert.That(tasks[1].Eval.ReferenceUrl, Is.EqualTo("http://127.0.0.1:5000/shop/mug |OR| http://127.0.0.1:5000/shop/mugs"));
            Assert.That(tasks[1].RequireReset, Is.True);
            Assert.That(tasks[1].ChangesSiteState, Is.True);
            Assert.That(tasks[0].SiteGroup, Is.EqualTo("demo"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Loads_the_demo_sites_tasks_with_a_custom_site_key()
    {
        var file = AppContext.BaseDirectory;
        var dir = new DirectoryInfo(file);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "samples", "PlanAct.DemoSite", "Tasks", "demo.raw.json")))
        {
            dir = dir.Parent;
        }

        Assume.That(dir, Is.Not.Null, "demo tasks not found");
        var path = Path.Combine(dir!.FullName, "samples", "PlanAct.DemoSite", "Tasks", "demo.raw.json");

        var missing = Assert.Throws<TaskConfigException>(() => new TaskConfigLoader(TestSites.All).Load(path));
        var tasks = new TaskConfigLoader(new SiteUrls(new Dictionary<string, string> { ["demo_shop"] = "http://127.0.0.1:5000", ["demo_forum"] = "http://127.0.0.1:5001" })).Load(path);

        Assert.That(missing!.Message, Does.Contain("WA_DEMO_SHOP").Or.Contain("WA_DEMO_FORUM"));
        Assert.That(tasks, Is.Not.Empty);
        Assert.That(tasks.SelectMany(t => t.StartUrls), Has.All.StartWith("http://127.0.0.1:500"));
    }

    [Test]
    public void Duplicate_ids_and_invalid_json_are_reported()
    {
        const string task = """{"sites": ["map"], "task_id": 5, "start_url": "__MAP__", "intent": "x", "eval": {"eval_types": ["string_match"], "reference_answers": {"exact_match": "y"}}}""";

        var duplicate = Assert.Throws<TaskConfigException>(() => new TaskConfigLoader(TestSites.All).Parse($"[{task},{task}]", "dup.json"));
        var broken = Assert.Throws<TaskConfigException>(() => new TaskConfigLoader(TestSites.All).Parse("[{", "broken.json"));

        Assert.That(duplicate!.Errors.Single().Field, Is.EqualTo("task_id"));
        Assert.That(broken!.Errors.Single().Source, Is.EqualTo("broken.json"));
    }
}
