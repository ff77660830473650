using System.Net;
using System.Text.RegularExpressions;
using PlanAct.DemoSite;
using PlanAct.DemoSite.Accounts;

namespace PlanAct.Samples.Tests.DemoSite;

/// <summary>An HttpClient with its own cookie jar (one visitor) for HTTP-level demo-site tests.</summary>
internal sealed partial class DemoSiteClient : IDisposable
{
    private readonly HttpClient _http;

    public DemoSiteClient(DemoSiteServer site)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true })
        {
            BaseAddress = new Uri(site.BaseUrl + "/"),
            Timeout = TimeSpan.FromSeconds(20),
        };
    }

    public async Task<(HttpStatusCode Status, string Html, string Path)> GetAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path.TrimStart('/'), UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.RequestMessage!.RequestUri!.PathAndQuery);
    }

    public async Task<(HttpStatusCode Status, string Html, string Path)> PostAsync(string path, params (string Key, string Value)[] form)
    {
        using var content = new FormUrlEncodedContent(form.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
        using var response = await _http.PostAsync(new Uri(path.TrimStart('/'), UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.RequestMessage!.RequestUri!.PathAndQuery);
    }

    public Task<(HttpStatusCode Status, string Html, string Path)> SignInAsync(string returnUrl = "/account") =>
        PostAsync("/account/login", ("email", DemoAccount.Email), ("password", DemoAccount.Password), ("returnUrl", returnUrl));

    /// <summary>Texts of the elements matching a simple "class=..." anchor pattern, e.g. product names on a listing.</summary>
    public static IReadOnlyList<string> Texts(string html, string cssClass) =>
        [.. Regex.Matches(html, $"class=\"{Regex.Escape(cssClass)}\"[^>]*>([^<]*)<").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>Text of the element with the given id.</summary>
    public static string TextById(string html, string id)
    {
        var m = Regex.Match(html, $"id=\"{Regex.Escape(id)}\"[^>]*>([^<]*)<");
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"No element with id {id}.");
    }

    public void Dispose() => _http.Dispose();
}
