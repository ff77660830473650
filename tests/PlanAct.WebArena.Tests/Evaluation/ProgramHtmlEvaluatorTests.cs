using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using NUnit.Framework;
using PlanAct.Testing;
using PlanAct.Testing.Browser;
using PlanAct.WebArena.Evaluation;
using PlanAct.WebArena.Login;
using PlanAct.WebArena.Sites;
using PlanAct.WebArena.Tasks;
using PlanAct.WebArena.Tests.Support;

namespace PlanAct.WebArena.Tests.Evaluation;

[Category("Browser")]
public sealed class ProgramHtmlEvaluatorTests
{
    private const string Post = "<html><body><div class='submission__inner'><h1>Is car necessary in NYC</h1><a href='/img/1.png'>pic</a></div></body></html>";
    private const string Members = """
        <table>
          <tr><td data-label='Account'><span class='gl-avatar-labeled-sublabel'>@byteblaze</span></td><td class='col-max-role'><span>Owner</span></td></tr>
          <tr><td data-label='Account'><span class='gl-avatar-labeled-sublabel'>@vinta</span></td><td class='col-max-role'><span>Guest</span></td></tr>
        </table>
        """;

    private TestBrowser _chromium = null!;
    private LocalSite _site = null!;
    private HttpClient _http = null!;
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _chromium = await TestBrowser.LaunchAsync();
        _site = await LocalSite.StartAsync();
        _http = new HttpClient();
        _site.Add("/f/nyc/12345/is-car-necessary-in-nyc", Post)
            .Add("/f/nyc/12345/", Post)
            .Add("/f/nyc", "<html><body><div class='submission__inner'>Another post</div></body></html>")
            .Add("/members", Members)
            .Add("/user/bio", "<html><body><p class='user-bio__biography'>Seeking SDE positions</p></body></html>")
            .Add("/user/bio-spaced", "<html><body><p class='user-bio__biography'> Seeking SDE positions</p></body></html>")
            .Add("/search", "<html><body><ul><li>Jaw Bruxism &amp; you</li><li>Mouth guard, soft</li></ul></body></html>")
            .Add("/sales/order/view/order_id/170/", "<html><body><div class='order-details-items ordered'>Sprite Yoga Strap 6 foot</div></body></html>")
            .Map("/rest/default/V1/integration/admin/token", async ctx =>
            {
                using var body = await JsonDocument.ParseAsync(ctx.Request.Body);
                var ok = body.RootElement.GetProperty("username").GetString() == "admin" && body.RootElement.GetProperty("password").GetString() == "admin1234";
                ctx.Response.StatusCode = ok ? 200 : 401;
                await ctx.Response.WriteAsync(ok ? "\"token-42\"" : "{\"message\":\"bad\"}");
            })
            .Map("/rest/V1/orders", async ctx =>
            {
                var authorized = ctx.Request.Headers.Authorization.ToString() == "Bearer token-42"
                    && ctx.Request.Query["searchCriteria[sortOrders][0][direction]"] == "DESC";
                ctx.Response.StatusCode = authorized ? 200 : 401;
                await ctx.Response.WriteAsync(authorized ? "{\"items\":[{\"increment_id\":\"000000170\"}]}" : "{}");
            });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _chromium.DisposeAsync();
        await _site.DisposeAsync();
        _http.Dispose();
    }

    [SetUp]
    public async Task NewPageAsync()
    {
        _context = await _chromium.Browser.NewContextAsync();
        _page = await _context.NewPageAsync();
    }

    [TearDown]
    public async Task ClosePageAsync() => await _context.DisposeAsync();

    private ProgramHtmlEvaluator Evaluator(IAnswerJudge? judge = null)
    {
        var sites = new SiteUrls(new Dictionary<string, string> { ["shopping"] = _site.BaseUrl });
        return new ProgramHtmlEvaluator(new EvaluationHelpers(sites, SiteAccount.Of("admin", "admin1234"), _http), judge, TimeSpan.FromMilliseconds(150));
    }

    private static WebArenaTask Task(params ProgramHtmlTarget[] targets) => new()
    {
        TaskId = 133,
        Sites = ["reddit"],
        StartUrls = ["http://x"],
        Intent = "Post a question",
        Eval = new TaskEvaluationSpec { EvalTypes = [EvalType.ProgramHtml], ProgramHtml = targets },
    };

    private static RequiredContents Include(params string[] values) => new(ContentCheckKind.MustInclude, values);

    [Test]
    public async Task E10_reddit_post_url_helper_resolves_the_last_url_then_reads_the_post()
    {
        await _page.GotoAsync(_site.Url("/f/nyc/12345/is-car-necessary-in-nyc"));
        var task = Task(new ProgramHtmlTarget("func:reddit_get_post_url('__last_url__')", "document.querySelector('.submission__inner').outerText", Include("is car necessary in NYC")));

        var verdict = await Evaluator().EvaluateAsync(task, _page);

        Assert.That(verdict.Score, Is.EqualTo(1), string.Join("\n", verdict.Explanation));
        Assert.That(_page.Url, Is.EqualTo(_site.Url("/f/nyc/12345/")));
        Assert.That(verdict.Explanation[0], Does.Contain("opened " + _site.Url("/f/nyc/12345/")));
    }

    [Test]
    public async Task E10_finishing_on_the_forum_listing_fails()
    {
        await _page.GotoAsync(_site.Url("/f/nyc"));
        var task = Task(new ProgramHtmlTarget("func:reddit_get_post_url('__last_url__')", "document.querySelector('.submission__inner').outerText", Include("is car necessary in NYC")));

        var verdict = await Evaluator().EvaluateAsync(task, _page);

        Assert.That(verdict.Score, Is.EqualTo(0));
    }

    [Test]
    public async Task E11_gitlab_member_role_helper_reads_the_row_of_the_account()
    {
        var guest = Task(new ProgramHtmlTarget(_site.Url("/members"), "func:gitlab_get_project_memeber_role(__page__, 'vinta')", Include("Guest")));
        var owner = Task(new ProgramHtmlTarget(_site.Url("/members"), "func:gitlab_get_project_memeber_role(__page__, 'vinta')", Include("Owner")));
        var missing = Task(new ProgramHtmlTarget(_site.Url("/members"), "func:gitlab_get_project_memeber_role(__page__, 'nobody')", Include("Guest")));

        Assert.That((await Evaluator().EvaluateAsync(guest, _page)).Score, Is.EqualTo(1));
        Assert.That((await Evaluator().EvaluateAsync(owner, _page)).Score, Is.EqualTo(0));
        var verdict = await Evaluator().EvaluateAsync(missing, _page);
        Assert.That(verdict.Score, Is.EqualTo(0));
        Assert.That(verdict.Explanation, Has.Some.Contains("→ \"\""));
    }

    [Test]
    public async Task E12_exact_match_of_element_text_does_not_trim()
    {
        var exact = new RequiredContents(ContentCheckKind.ExactMatch, ["Seeking SDE positions"]);
        var ok = Task(new ProgramHtmlTarget(_site.Url("/user/bio"), "document.querySelector('.user-bio__biography').outerText", exact));
        var spaced = Task(new ProgramHtmlTarget(_site.Url("/user/bio-spaced"), "document.querySelector('.user-bio__biography').innerHTML", exact));

        Assert.That((await Evaluator().EvaluateAsync(ok, _page)).Score, Is.EqualTo(1));
        Assert.That((await Evaluator().EvaluateAsync(spaced, _page)).Score, Is.EqualTo(0));
    }

    [Test]
    public async Task E13_empty_locator_on_last_reads_the_html_source()
    {
        await _page.GotoAsync(_site.Url("/search"));
        var task = Task(new ProgramHtmlTarget("last", "", Include("jaw bruxism", "mouth guard")));
        var markupOnly = Task(new ProgramHtmlTarget("last", "", Include("jaw bruxism & you")));

        Assert.That((await Evaluator().EvaluateAsync(task, _page)).Score, Is.EqualTo(1));
        Assert.That((await Evaluator().EvaluateAsync(markupOnly, _page)).Score, Is.EqualTo(0), "the HTML has &amp;, and Lite does not unescape");
    }

    [Test]
    public async Task Javascript_values_are_rendered_as_python_str_and_errors_give_empty_text()
    {
        await _page.GotoAsync(_site.Url("/f/nyc/12345/"));
        var list = Task(new ProgramHtmlTarget("last", "[...document.querySelectorAll('[href]')].map(e => e.getAttribute('href'))", new RequiredContents(ContentCheckKind.ExactMatch, ["['/img/1.png']"])));
        var missing = Task(new ProgramHtmlTarget("last", "document.querySelector('.nope').outerText", new RequiredContents(ContentCheckKind.ExactMatch, [""])));
        var none = Task(new ProgramHtmlTarget("last", "document.querySelector('.nope')", new RequiredContents(ContentCheckKind.ExactMatch, ["None"])));

        Assert.That((await Evaluator().EvaluateAsync(list, _page)).Score, Is.EqualTo(1));
        Assert.That((await Evaluator().EvaluateAsync(missing, _page)).Score, Is.EqualTo(1));
        Assert.That((await Evaluator().EvaluateAsync(none, _page)).Score, Is.EqualTo(1));
    }

    [Test]
    public async Task Lambda_locators_score_zero_when_falsy()
    {
        await _page.GotoAsync(_site.Url("/f/nyc/12345/"));
        var truthy = Task(new ProgramHtmlTarget("last", "lambda:() => document.querySelectorAll('a').length", new RequiredContents(ContentCheckKind.ExactMatch, ["1"])));
        var falsy = Task(new ProgramHtmlTarget("last", "lambda:() => document.querySelectorAll('img').length", new RequiredContents(ContentCheckKind.ExactMatch, ["0"])));
        var throws = Task(new ProgramHtmlTarget("last", "lambda:() => document.querySelector('.nope').outerText", new RequiredContents(ContentCheckKind.MustExclude, ["x"])));

        Assert.That((await Evaluator().EvaluateAsync(truthy, _page)).Score, Is.EqualTo(1));
        var falsyVerdict = await Evaluator().EvaluateAsync(falsy, _page);
        Assert.That(falsyVerdict.Score, Is.EqualTo(0));
        Assert.That(falsyVerdict.Explanation, Has.Some.Contains("nothing extracted"));
        Assert.That((await Evaluator().EvaluateAsync(throws, _page)).Score, Is.EqualTo(0));
    }

    [Test]
    public async Task Latest_order_helper_uses_the_shopping_rest_api()
    {
        var task = Task(new ProgramHtmlTarget("func:shopping_get_latest_order_url()", "document.querySelector('.order-details-items.ordered').outerText", Include("Sprite Yoga Strap |OR| Quest Lumaflex")));

        var verdict = await Evaluator().EvaluateAsync(task, _page);

        Assert.That(verdict.Score, Is.EqualTo(1), string.Join("\n", verdict.Explanation));
        Assert.That(_page.Url, Is.EqualTo(_site.Url("/sales/order/view/order_id/170/")));
    }

    [Test]
    public async Task Every_target_must_pass_and_fuzzy_contents_use_the_judge()
    {
        var client = new KeywordJudgeClient();
        var task = Task(
            new ProgramHtmlTarget(_site.Url("/user/bio"), "document.querySelector('.user-bio__biography').outerText", new RequiredContents(ContentCheckKind.FuzzyMatch, ["seeking", "positions"])),
            new ProgramHtmlTarget(_site.Url("/members"), "", Include("@vinta", "Maintainer")));

        var verdict = await Evaluator(new ChatClientAnswerJudge(client)).EvaluateAsync(task, _page);

        Assert.That(verdict.Score, Is.EqualTo(0));
        Assert.That(client.Prompts.Single(), Does.Contain("reference answer: seeking, positions").And.Contain("student answer: Seeking SDE positions"));
        Assert.That(verdict.Explanation, Has.Some.Contains("\"maintainer\" (token) → FAIL"));
    }
}
