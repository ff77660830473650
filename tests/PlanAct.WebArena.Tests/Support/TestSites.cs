using PlanAct.WebArena.Sites;

namespace PlanAct.WebArena.Tests.Support;

internal static class TestSites
{
    public static SiteUrls All { get; } = new(new Dictionary<string, string>
    {
        ["shopping"] = "http://h:7770",
        ["shopping_admin"] = "http://h:7780/admin",
        ["reddit"] = "http://h:9999",
        ["gitlab"] = "http://h:8023",
        ["wikipedia"] = "http://h:8888/wikipedia_en_all_maxi_2022-05/A/User:The_other_Kiwix_guy/Landing",
        ["map"] = "http://h:3000",
        ["homepage"] = "http://h:4399",
    });
}
