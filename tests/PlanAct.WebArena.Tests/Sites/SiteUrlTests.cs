using NUnit.Framework;
using PlanAct.WebArena.Sites;

namespace PlanAct.WebArena.Tests.Sites;

public sealed class SiteUrlTests
{
    [Test]
    public void Configuration_wins_over_BrowserGym_which_wins_over_WebArena_variables()
    {
        var env = new Dictionary<string, string>
        {
            ["SHOPPING"] = "http://plain:1",
            ["WA_SHOPPING"] = "http://wa:1/",
            ["GITLAB"] = "http://plain:2",
            ["REDDIT"] = "http://plain:3",
            ["WA_REDDIT"] = "http://wa:3",
        };
        var configured = new Dictionary<string, string> { ["reddit"] = "http://config:3" };

        var urls = SiteUrlResolver.Resolve(configured, name => env.GetValueOrDefault(name));

        Assert.That(urls.Get("shopping"), Is.EqualTo("http://wa:1"));
        Assert.That(urls.Get("gitlab"), Is.EqualTo("http://plain:2"));
        Assert.That(urls.Get("reddit"), Is.EqualTo("http://config:3"));
        Assert.That(urls.Get("map"), Is.Null);
    }

    [Test]
    public void A_site_url_that_is_not_http_is_rejected_with_the_site_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => _ = new SiteUrls(new Dictionary<string, string> { ["gitlab"] = "gitlab:8023" }));
        Assert.That(ex!.Message, Does.Contain("gitlab").And.Contain("gitlab:8023"));
    }

    [Test]
    public void Public_hostnames_map_both_ways_on_whole_segments()
    {
        var urls = new SiteUrls(new Dictionary<string, string>
        {
            ["shopping"] = "http://10.0.0.5:7770",
            ["shopping_admin"] = "http://10.0.0.5:7780/admin",
        });
        var mapper = PublicUrlMapper.ForSites(urls);

        Assert.That(mapper.ToPublic("http://10.0.0.5:7770/checkout/cart"), Is.EqualTo("http://onestopmarket.com/checkout/cart"));
        Assert.That(mapper.ToPublic("http://10.0.0.5:7780/admin/sales/order"), Is.EqualTo("http://luma.com/admin/sales/order"));
        Assert.That(mapper.ToPublic("http://10.0.0.5:77701/x"), Is.EqualTo("http://10.0.0.5:77701/x"));
        Assert.That(mapper.ToPublic("http://10.0.0.5:7780/administrator"), Is.EqualTo("http://10.0.0.5:7780/administrator"));
        Assert.That(mapper.ToLocal("http://onestopmarket.com/?q=candle"), Is.EqualTo("http://10.0.0.5:7770/?q=candle"));
        Assert.That(mapper.ToLocal("http://luma.com/admin"), Is.EqualTo("http://10.0.0.5:7780/admin"));
        Assert.That(mapper.ToLocal("http://example.org/"), Is.EqualTo("http://example.org/"));
        Assert.That(mapper.ToPublicInText("link http://10.0.0.5:7770/a and http://10.0.0.5:7780/admin/b"),
            Is.EqualTo("link http://onestopmarket.com/a and http://luma.com/admin/b"));
    }

    [Test]
    public void Overrides_replace_the_default_public_names()
    {
        var urls = new SiteUrls(new Dictionary<string, string> { ["gitlab"] = "http://127.0.0.1:8023", ["demo"] = "http://127.0.0.1:9000" });
        var mapper = PublicUrlMapper.ForSites(urls, new Dictionary<string, string> { ["demo"] = "http://demo.shop" });

        Assert.That(mapper.ToPublic("http://127.0.0.1:9000/p/1"), Is.EqualTo("http://demo.shop/p/1"));
        Assert.That(mapper.ToPublic("http://127.0.0.1:8023/byteblaze"), Is.EqualTo("http://gitlab.com/byteblaze"));
    }
}
