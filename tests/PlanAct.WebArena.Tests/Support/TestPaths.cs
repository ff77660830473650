using NUnit.Framework;

namespace PlanAct.WebArena.Tests.Support;

internal static class TestPaths
{
    /// <summary>The shared WebArena-Lite raw file, found by walking up from the test folder (never copied into the repo).</summary>
    public static string LiteRawFile
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "webarena-lite", "test_webarena_lite.raw.json");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            Assert.Ignore("shared/webarena-lite/test_webarena_lite.raw.json not found above the test folder");
            return "";
        }
    }
}
