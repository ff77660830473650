using NUnit.Framework;
using PlanAct.Plugins.Actions;
using PlanAct.Plugins.Browser;
using PlanAct.Plugins.Observation;

namespace PlanAct.Plugins.Tests.Browser;

public sealed class PureBrowserLogicTests
{
    [TestCase("http://127.0.0.1:7770/a/b", null)]
    [TestCase("HTTP://127.0.0.1:7770", null)]
    [TestCase("about:blank", null)]
    [TestCase("http://127.0.0.1:9999/", "its origin is not allowed in this session")]
    [TestCase("https://127.0.0.1:7770/", "its origin is not allowed in this session")]
    [TestCase("file:///etc/passwd", "file: URLs are not allowed (only http and https)")]
    [TestCase("javascript:alert(1)", "javascript: URLs are not allowed (only http and https)")]
    [TestCase("chrome://settings", "chrome: URLs are not allowed (only http and https)")]
    [TestCase("data:text/html,hi", "data: URLs are not allowed (only http and https)")]
    [TestCase("about:config", "about: URLs are not allowed (only http and https)")]
    [TestCase("not a url", "it is not an absolute URL (write it like http://host/path)")]
    public void Url_policy_allows_only_listed_http_origins(string url, string? refusal)
        => Assert.That(new UrlPolicy(["http://127.0.0.1:7770/"]).Check(url), Is.EqualTo(refusal));

    [Test]
    public void Empty_allow_list_allows_any_http_origin_but_no_other_scheme()
    {
        var policy = new UrlPolicy([]);
        Assert.That(policy.Check("http://example.com:81/x"), Is.Null);
        Assert.That(policy.Check("file:///tmp/x"), Is.Not.Null);
        Assert.Throws<ArgumentException>(() => _ = new UrlPolicy(["ftp://x"]));
    }

    [TestCase("Ctrl+v", "Control+v")]
    [TestCase("ctrl+shift+Tab", "Control+Shift+Tab")]
    [TestCase("Enter", "Enter")]
    [TestCase("[Enter]", "Enter")]
    [TestCase("Meta+a", "ControlOrMeta+a")]
    [TestCase("esc", "Escape")]
    [TestCase("PageDown", "PageDown")]
    [TestCase("f5", "F5")]
    [TestCase("Ctrl++", "Control++")]
    [TestCase("a", "a")]
    public void Key_combinations_translate_to_playwright(string written, string expected)
    {
        Assert.That(KeyCombination.TryTranslate(written, out var keys, out var error), Is.True, error);
        Assert.That(keys, Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("Ctrl+Banana")]
    [TestCase("F13")]
    public void Bad_key_combinations_explain_what_is_valid(string written)
    {
        Assert.That(KeyCombination.TryTranslate(written, out _, out var error), Is.False);
        Assert.That(error, Does.Contain("Enter"));
    }

    [TestCase("Name", 1)]
    [TestCase("new", 2)]
    [TestCase("name", 1)]
    [TestCase("NEWEST", 2)]
    [TestCase("first", 2)]
    [TestCase("Rating", -1)]
    [TestCase("", -1)]
    public void Select_option_matcher_prefers_exact_then_contains(string wanted, int index)
    {
        (string, string)[] options = [("Price", "price"), ("Name", "name"), ("Newest first", "new")];
        Assert.That(SelectOptionMatcher.Match(options, wanted), Is.EqualTo(index));
    }

    [Test]
    public void Launch_arguments_add_no_sandbox_only_as_root_or_when_configured()
    {
        var options = new BrowserOptions();
        options.ExtraArguments.Add("--lang=en-US");

        var asRoot = BrowserLaunchArguments.Build(options, runningAsRoot: true);
        var asUser = BrowserLaunchArguments.Build(options, runningAsRoot: false);
        options.ChromiumSandbox = false;
        var configured = BrowserLaunchArguments.Build(options, runningAsRoot: false);

        Assert.That(asRoot, Does.Contain("--no-sandbox").And.Contain("--disable-quic").And.Contain("--lang=en-US"));
        Assert.That(asUser, Does.Not.Contain("--no-sandbox"));
        Assert.That(asUser, Is.SupersetOf(new[] { "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-gpu", "--disable-quic" }));
        Assert.That(configured, Does.Contain("--no-sandbox"));
    }

    [Test]
    public void Options_validator_names_field_value_and_valid_range()
    {
        var options = new BrowserOptions { ActionTimeoutMs = 0, ViewportWidth = 50, ExecutablePath = "/no/such/chrome" };
        options.AllowedOrigins.Add("example.com");

        var errors = BrowserOptionsValidator.Check(options);

        Assert.That(errors, Has.Some.EqualTo("PlanAct:Browser:ActionTimeoutMs is 0; use a value from 1 to 600000 (e.g. 5000)."));
        Assert.That(errors, Has.Some.Contains("PlanAct:Browser:ViewportWidth is 50"));
        Assert.That(errors, Has.Some.Contains("PlanAct:Browser:ExecutablePath is '/no/such/chrome'"));
        Assert.That(errors, Has.Some.Contains("PlanAct:Browser:AllowedOrigins:0 is 'example.com'"));
        Assert.That(BrowserOptionsValidator.Check(new BrowserOptions()), Is.Empty);
    }

    [Test]
    public void Observation_text_has_webarena_tab_header_and_events()
    {
        BrowserTab[] tabs = [new(0, "Home", "http://a/", false), new(1, "Cart", "http://a/cart", true)];

        var text = ObservationText.Compose(tabs, "[1] link 'x'\n", ["download saved"]);

        Assert.That(text, Is.EqualTo("Tab 0: Home | Tab 1 (current): Cart\n\n[1] link 'x'\n\nEvents:\n- download saved"));
    }

    [TestCase("/admin?x=1", "http://shop:7770/catalog/a", "http://shop:7770/admin?x=1")]
    [TestCase("localhost:8080/x", "about:blank", "http://localhost:8080/x")]
    [TestCase("example.com", "about:blank", "http://example.com")]
    [TestCase("http://a/b", "http://c/", "http://a/b")]
    [TestCase("file:///etc/passwd", "http://c/", "file:///etc/passwd")]
    [TestCase("JavaScript:alert(1)", "http://c/", "JavaScript:alert(1)")]
    public void Goto_targets_are_completed(string written, string current, string expected)
        => Assert.That(BrowserSession.GotoTarget(written, current), Is.EqualTo(expected));
}
