using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PlanAct.WebArena.Login;
using PlanAct.WebArena.Sites;

namespace PlanAct.WebArena.Evaluation;

/// <summary>
/// The <c>func:</c> helpers WebArena-Lite's <c>program_html</c> targets call: <c>shopping_get_latest_order_url</c>,
/// <c>reddit_get_post_url</c> and <c>gitlab_get_project_memeber_role</c> (sic).
/// </summary>
public sealed class EvaluationHelpers
{
    private const string MemberRoleScript = """
        (account) => {
          const accounts = document.querySelectorAll("td[data-label='Account'] span.gl-avatar-labeled-sublabel");
          let index = -1;
          for (let i = 0; i < accounts.length; i++) {
            if (accounts[i].outerText === '@' + account) { index = i; break; }
          }
          return document.querySelectorAll("td.col-max-role span")[index].outerText;
        }
        """;

    private readonly SiteUrls _sites;
    private readonly SiteAccount _shoppingAdmin;
    private readonly HttpClient _http;

    /// <summary>Creates the helpers.</summary>
    /// <param name="sites">Site URLs (the shopping site's REST API is used).</param>
    /// <param name="shoppingAdmin">The Magento admin account for the REST token.</param>
    /// <param name="http">HTTP client for REST calls.</param>
    public EvaluationHelpers(SiteUrls sites, SiteAccount shoppingAdmin, HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(shoppingAdmin);
        ArgumentNullException.ThrowIfNull(http);
        _sites = sites;
        _shoppingAdmin = shoppingAdmin;
        _http = http;
    }

    /// <summary>The helper names this class implements.</summary>
    public static IReadOnlyList<string> Supported { get; } = ["shopping_get_latest_order_url", "reddit_get_post_url", "gitlab_get_project_memeber_role"];

    /// <summary>Runs a helper call.</summary>
    /// <param name="call">The call (with <c>__last_url__</c> already replaced).</param>
    /// <param name="page">The page for helpers taking <c>__page__</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The helper's string result.</returns>
    public async Task<string> InvokeAsync(HelperCall call, IPage? page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        switch (call.Name)
        {
            case "shopping_get_latest_order_url":
                return await ShoppingGetLatestOrderUrlAsync(cancellationToken);
            case "reddit_get_post_url":
                return RedditGetPostUrl(Argument(call, 0));
            case "gitlab_get_project_memeber_role":
                if (page is null || Argument(call, 0) is not (HelperCall.PageArgument or "page"))
                {
                    throw new InvalidOperationException($"{call.Name} needs __page__ as its first argument and a page to read.");
                }

                return await GitLabGetProjectMemberRoleAsync(page, Argument(call, 1));
            default:
                throw new NotSupportedException($"Unknown evaluation helper '{call.Name}'; supported: {string.Join(", ", Supported)}.");
        }
    }

    /// <summary>
    /// <c>reddit_get_post_url</c>: for <c>/f/&lt;forum&gt;/&lt;post_id&gt;/…</c> returns <c>scheme://host/f/&lt;forum&gt;/&lt;post_id&gt;/</c>;
    /// any other URL is returned unchanged.
    /// </summary>
    /// <param name="url">A URL.</param>
    /// <returns>The post URL.</returns>
    public static string RedditGetPostUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return url;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 3 || segments[0] != "f")
        {
            return url;
        }

        return $"{uri.Scheme}://{uri.Authority}/f/{segments[1]}/{segments[2]}/";
    }

    /// <summary><c>gitlab_get_project_memeber_role</c>: the max-role text of <c>@account</c>'s row on a members page, or empty on any error.</summary>
    /// <param name="page">A GitLab project members page.</param>
    /// <param name="account">The user name without <c>@</c>.</param>
    /// <returns>The role text, or empty.</returns>
    public static async Task<string> GitLabGetProjectMemberRoleAsync(IPage page, string account)
    {
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            return await page.EvaluateAsync<string>(MemberRoleScript, account) ?? "";
        }
        catch (PlaywrightException)
        {
            return "";
        }
    }

    /// <summary>
    /// <c>shopping_get_latest_order_url</c>: asks the shopping site's REST API (admin token) for the most recently
    /// created order and returns <c>{SHOPPING}/sales/order/view/order_id/&lt;increment_id&gt;/</c>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The order URL.</returns>
    public async Task<string> ShoppingGetLatestOrderUrlAsync(CancellationToken cancellationToken = default)
    {
        var shopping = _sites.Get(KnownSites.Shopping) ?? throw new InvalidOperationException("shopping_get_latest_order_url needs the shopping site's URL.");
        using var tokenResponse = await _http.PostAsJsonAsync(
            new Uri(shopping + "/rest/default/V1/integration/admin/token"),
            new Dictionary<string, string> { ["username"] = _shoppingAdmin.Username, ["password"] = _shoppingAdmin.Password },
            cancellationToken);
        if (!tokenResponse.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The shopping REST API refused an admin token for '{_shoppingAdmin.Username}' (HTTP {(int)tokenResponse.StatusCode}).");
        }

        var token = await tokenResponse.Content.ReadFromJsonAsync<string>(cancellationToken) ?? "";
        var query = "searchCriteria[sortOrders][0][field]=created_at&searchCriteria[sortOrders][0][direction]=DESC&searchCriteria[pageSize]=1";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(shopping + "/rest/V1/orders?" + query));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var first = document.RootElement.GetProperty("items")[0].GetProperty("increment_id");
        var raw = first.ValueKind == JsonValueKind.String ? first.GetString()! : first.GetRawText();
        var orderId = long.Parse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture);
        return $"{shopping}/sales/order/view/order_id/{orderId.ToString(CultureInfo.InvariantCulture)}/";
    }

    private static string Argument(HelperCall call, int index) =>
        index < call.Arguments.Count ? call.Arguments[index] : throw new FormatException($"Helper {call.Name} needs at least {index + 1} argument(s).");
}
