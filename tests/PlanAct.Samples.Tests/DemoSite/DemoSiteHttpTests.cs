using System.Net;
using NUnit.Framework;
using PlanAct.DemoSite;
using PlanAct.DemoSite.Accounts;

namespace PlanAct.Samples.Tests.DemoSite;

public sealed class DemoSiteHttpTests
{
    private DemoSiteServer _site = null!;

    [OneTimeSetUp]
    public async Task StartSite() => _site = await DemoSiteServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopSite() => await _site.DisposeAsync();

    [SetUp]
    public Task Reset() => _site.ResetAsync();

    [Test]
    public async Task Serves_on_loopback_with_categories_on_the_home_page()
    {
        Assert.That(new Uri(_site.BaseUrl).Host, Is.EqualTo("127.0.0.1"));
        Assert.That(_site.ForumUrl, Is.EqualTo(_site.BaseUrl + "/forum"));
        using var client = new DemoSiteClient(_site);
        var (status, html, _) = await client.GetAsync("/");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("<title>Home · Demo Shop</title>"));
        foreach (var category in new[] { "Mugs", "T-Shirts", "Notebooks", "Desk Lamps", "Backpacks", "Plant Pots" })
        {
            Assert.That(html, Does.Contain(">" + category + "</a>"), category);
        }
    }

    [Test]
    public async Task Catalogue_has_enough_products_to_need_scrolling()
    {
        using var client = new DemoSiteClient(_site);
        var total = 0;
        foreach (var slug in new[] { "mugs", "t-shirts", "notebooks", "desk-lamps", "backpacks", "plant-pots" })
        {
            var (status, html, _) = await client.GetAsync($"/category/{slug}");
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), slug);
            total += DemoSiteClient.Texts(html, "product-name").Count;
        }

        Assert.That(total, Is.GreaterThanOrEqualTo(60));
    }

    [Test]
    public async Task Category_sort_and_colour_filter_work()
    {
        using var client = new DemoSiteClient(_site);
        var (_, html, _) = await client.GetAsync("/category/mugs?color=Red&sort=price_asc");
        var names = DemoSiteClient.Texts(html, "product-name");
        Assert.That(names, Is.EqualTo(new[] { "Red Ceramic Mug", "Red Stoneware Mug", "Red Travel Mug" }));
        var prices = DemoSiteClient.Texts(html, "price");
        Assert.That(prices, Is.EqualTo(new[] { "$9.50", "$13.25", "$17.50" }));
        Assert.That(html, Does.Contain("<option value=\"price_asc\" selected>"));
    }

    [Test]
    public async Task Search_matches_words_and_reports_no_results()
    {
        using var client = new DemoSiteClient(_site);
        var (_, html, _) = await client.GetAsync("/search?q=yellow+lamp");
        var names = DemoSiteClient.Texts(html, "product-name");
        Assert.That(names, Is.Not.Empty);
        Assert.That(names, Has.All.Contain("Yellow").And.All.Contain("Lamp"));
        Assert.That(html, Does.Contain("value=\"yellow lamp\""), "search box keeps the query");

        var (_, none, _) = await client.GetAsync("/search?q=submarine");
        Assert.That(DemoSiteClient.TextById(none, "result-count"), Is.EqualTo("0 results"));
    }

    [Test]
    public async Task Unknown_pages_are_404_with_a_message()
    {
        using var client = new DemoSiteClient(_site);
        var (status, html, _) = await client.GetAsync("/product/9999");
        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(html, Does.Contain("Product 9999 does not exist."));
        Assert.That((await client.GetAsync("/forum/knitting")).Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await client.GetAsync("/no/such/page")).Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Cart_add_update_and_remove()
    {
        using var client = new DemoSiteClient(_site);
        var (_, html, path) = await client.PostAsync("/cart/add", ("productId", "69"), ("quantity", "2"));
        Assert.That(path, Is.EqualTo("/cart?added=69"));
        Assert.That(html, Does.Contain("Added White Daypack 20L to your cart."));
        Assert.That(DemoSiteClient.TextById(html, "cart-count"), Is.EqualTo("2"));
        Assert.That(DemoSiteClient.TextById(html, "cart-total"), Is.EqualTo("$70.00"));

        (_, html, _) = await client.PostAsync("/cart/add", ("productId", "1"), ("quantity", "1"));
        Assert.That(DemoSiteClient.TextById(html, "cart-count"), Is.EqualTo("3"));
        (_, html, _) = await client.PostAsync("/cart/update", ("productId", "69"), ("quantity", "5"));
        Assert.That(DemoSiteClient.TextById(html, "cart-total"), Is.EqualTo("$184.50"));
        (_, html, _) = await client.PostAsync("/cart/remove", ("productId", "69"));
        Assert.That(DemoSiteClient.TextById(html, "cart-count"), Is.EqualTo("1"));

        var (status, bad, _) = await client.PostAsync("/cart/add", ("productId", "1"), ("quantity", "0"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(bad, Does.Contain("from 1 to 99"));

        using var other = new DemoSiteClient(_site);
        Assert.That(DemoSiteClient.TextById((await other.GetAsync("/cart")).Html, "cart-count"), Is.EqualTo("0"), "carts are per visitor");
    }

    [Test]
    public async Task Checkout_requires_sign_in_and_adds_the_order_to_the_history()
    {
        using var client = new DemoSiteClient(_site);
        await client.PostAsync("/cart/add", ("productId", "1"), ("quantity", "1"));
        var (_, login, path) = await client.GetAsync("/checkout");
        Assert.That(path, Is.EqualTo("/account/login?returnUrl=%2Fcheckout"));
        Assert.That(login, Does.Contain("<label for=\"email\">Email</label>"));

        var (_, wrong, wrongPath) = await client.PostAsync("/account/login", ("email", DemoAccount.Email), ("password", "nope"), ("returnUrl", "/checkout"));
        Assert.That(wrongPath, Does.StartWith("/account/login?error=1"));
        Assert.That(wrong, Does.Contain("The email or password is incorrect."));

        var (_, checkout, checkoutPath) = await client.SignInAsync("/checkout");
        Assert.That(checkoutPath, Is.EqualTo("/checkout"));
        Assert.That(checkout, Does.Contain("Red Ceramic Mug × 1"));

        var (_, confirmation, orderPath) = await client.PostAsync("/checkout", ("fullName", "Emma Lopez"), ("street", "1 Road"), ("city", "Town"), ("shipping", "Express"));
        Assert.That(orderPath, Is.EqualTo("/orders/1004?placed=1"));
        Assert.That(confirmation, Does.Contain("Your order #1004 has been placed."));
        Assert.That(DemoSiteClient.TextById(confirmation, "order-total"), Is.EqualTo("$19.49"));
        Assert.That(DemoSiteClient.TextById(confirmation, "cart-count"), Is.EqualTo("0"));

        var (_, history, _) = await client.GetAsync("/orders");
        var items = DemoSiteClient.Texts(history, "items");
        Assert.That(items[0], Is.EqualTo("Red Ceramic Mug × 1"), "newest order first");
        Assert.That(items, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task Checkout_rejects_an_unknown_shipping_method()
    {
        using var client = new DemoSiteClient(_site);
        await client.SignInAsync();
        await client.PostAsync("/cart/add", ("productId", "2"), ("quantity", "1"));
        var (_, html, _) = await client.PostAsync("/checkout", ("fullName", "E"), ("street", "S"), ("city", "C"), ("shipping", "Drone"));
        Assert.That(html, Does.Contain("Unknown shipping method &quot;Drone&quot;"));
    }

    [Test]
    public async Task Sign_in_ignores_return_urls_to_other_sites()
    {
        using var client = new DemoSiteClient(_site);
        var (_, _, path) = await client.SignInAsync("//evil.example/steal");
        Assert.That(path, Is.EqualTo("/account"));
    }

    [Test]
    public async Task Forum_sorts_by_top_and_votes_toggle()
    {
        using var client = new DemoSiteClient(_site);
        var (_, top, _) = await client.GetAsync("/forum/gardening?sort=top");
        var titles = DemoSiteClient.Texts(top, "post-title");
        Assert.That(titles, Has.Count.EqualTo(18));
        Assert.That(titles[0], Is.EqualTo("Is homemade compost worth the effort?"));

        var (_, post, _) = await client.GetAsync("/forum/technology/45");
        var before = int.Parse(DemoSiteClient.TextById(post, "post-score"), System.Globalization.CultureInfo.InvariantCulture);
        (_, post, _) = await client.PostAsync("/forum/technology/45/vote", ("dir", "up"), ("returnUrl", "/forum/technology/45"));
        Assert.That(DemoSiteClient.TextById(post, "post-score"), Is.EqualTo((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        (_, post, _) = await client.PostAsync("/forum/technology/45/vote", ("dir", "down"), ("returnUrl", "/forum/technology/45"));
        Assert.That(DemoSiteClient.TextById(post, "post-score"), Is.EqualTo((before - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        (_, post, _) = await client.PostAsync("/forum/technology/45/vote", ("dir", "down"), ("returnUrl", "/forum/technology/45"));
        Assert.That(DemoSiteClient.TextById(post, "post-score"), Is.EqualTo(before.ToString(System.Globalization.CultureInfo.InvariantCulture)), "voting the same way again withdraws the vote");
    }

    [Test]
    public async Task Commenting_and_posting_need_sign_in()
    {
        using var client = new DemoSiteClient(_site);
        var (_, anonymous, _) = await client.GetAsync("/forum/gardening/7");
        Assert.That(anonymous, Does.Contain("Sign in to comment"));
        var (_, _, path) = await client.PostAsync("/forum/gardening/7/comments", ("body", "hello"));
        Assert.That(path, Does.StartWith("/account/login"));

        await client.SignInAsync();
        var (_, post, _) = await client.PostAsync("/forum/gardening/7/comments", ("body", "Try a layer of straw mulch."));
        Assert.That(DemoSiteClient.Texts(post, "comment-body"), Does.Contain("Try a layer of straw mulch."));

        var (_, created, createdPath) = await client.PostAsync("/forum/cooking/submit", ("title", "Best way to store fresh herbs"), ("body", "Parsley?"));
        Assert.That(createdPath, Does.Match("^/forum/cooking/[0-9]+$"));
        Assert.That(created, Does.Contain("<h1 class=\"post-title\">Best way to store fresh herbs</h1>"));
        Assert.That(created, Does.Contain(DemoAccount.UserName));

        var (_, rejected, _) = await client.PostAsync("/forum/cooking/submit", ("title", " "), ("body", "x"));
        Assert.That(rejected, Does.Contain("A post needs a title."));
    }

    [Test]
    public async Task Reset_restores_posts_votes_orders_and_sessions()
    {
        using var client = new DemoSiteClient(_site);
        await client.SignInAsync();
        await client.PostAsync("/forum/technology/45/vote", ("dir", "up"), ("returnUrl", "/"));
        await client.PostAsync("/forum/gardening/7/comments", ("body", "a comment to be reset"));
        await client.PostAsync("/forum/cooking/submit", ("title", "A post to be reset"), ("body", ""));
        await client.PostAsync("/cart/add", ("productId", "5"), ("quantity", "1"));
        await client.PostAsync("/checkout", ("fullName", "E"), ("street", "S"), ("city", "C"), ("shipping", "Standard"));
        var resetsBefore = _site.ResetCount;

        using var resetResponse = await new HttpClient().PostAsync(new Uri(_site.BaseUrl + DemoSiteServer.ResetPath), null);
        Assert.That(resetResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_site.ResetCount, Is.EqualTo(resetsBefore + 1));

        Assert.That(DemoSiteClient.TextById((await client.GetAsync("/forum/technology/45")).Html, "post-score"), Is.EqualTo("60"));
        Assert.That((await client.GetAsync("/forum/gardening/7")).Html, Does.Not.Contain("a comment to be reset"));
        Assert.That((await client.GetAsync("/forum/cooking")).Html, Does.Not.Contain("A post to be reset"));
        var (_, _, ordersPath) = await client.GetAsync("/orders");
        Assert.That(ordersPath, Does.StartWith("/account/login"), "sessions are forgotten, so the visitor is signed out");
        await client.SignInAsync();
        Assert.That(DemoSiteClient.Texts((await client.GetAsync("/orders")).Html, "items"), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Starts_on_a_given_port_and_rejects_bad_ports()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        await using (var site = await DemoSiteServer.StartAsync(new DemoSiteOptions { Port = port }))
        {
            Assert.That(site.BaseUrl, Is.EqualTo($"http://127.0.0.1:{port}"));
        }

        var error = await Assert.ThrowsAsync<ArgumentException>(() => DemoSiteServer.StartAsync(new DemoSiteOptions { Port = 70000 }));
        Assert.That(error!.Message, Does.Contain("PlanAct:DemoSite:Port is 70000"));
    }
}
