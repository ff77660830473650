using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PlanAct.WebArena.Evaluation;
using PlanAct.WebArena.Login;
using PlanAct.WebArena.Sites;
using PlanAct.WebArena.Suite;
using PlanAct.WebArena.Tasks;

namespace PlanAct.WebArena;

/// <summary>Registers the WebArena harness.</summary>
public static class WebArenaServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="WebArenaOptions"/> (section <c>PlanAct:WebArena</c>, validated at start), site URLs, the public-hostname
    /// mapping, the task loader, the evaluators (judge: a registered <see cref="IAnswerJudge"/>, else the keyed <see cref="IChatClient"/>
    /// named by <see cref="WebArenaOptions.JudgeClient"/>), the login service, the site resetter and the suite runner.
    /// Register an <see cref="ITaskRunner"/> (e.g. <see cref="BrowserTaskRunner"/>) to run suites.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddPlanActWebArena(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WebArenaOptions>().Bind(configuration.GetSection(WebArenaOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebArenaOptions>, WebArenaOptionsValidator>());
        services.TryAddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.TryAdd(ServiceDescriptor.Singleton(typeof(ILogger<>), typeof(Logger<>)));
        services.TryAddSingleton(sp => SiteUrlResolver.Resolve(sp.GetRequiredService<IOptions<WebArenaOptions>>().Value.Sites));
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<WebArenaOptions>>().Value;
            return options.UsePublicHostnames ? PublicUrlMapper.ForSites(sp.GetRequiredService<SiteUrls>(), options.PublicHostnames) : PublicUrlMapper.Identity;
        });
        services.TryAddSingleton(sp => new TaskConfigLoader(sp.GetRequiredService<SiteUrls>()));
        services.AddHttpClient(nameof(WebArena));
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<WebArenaOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(WebArena));
            var helpers = new EvaluationHelpers(sp.GetRequiredService<SiteUrls>(), options.EffectiveAccounts()[KnownSites.ShoppingAdmin], http);
            var judge = sp.GetService<IAnswerJudge>() ?? JudgeFromClient(sp, options);
            return new TaskEvaluator(new StringMatchEvaluator(judge), new ProgramHtmlEvaluator(helpers, judge, TimeSpan.FromMilliseconds(options.EvaluationSettleMs)), options.UrlMatch);
        });
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<WebArenaOptions>>().Value;
            return new SiteLoginService(
                sp.GetRequiredService<SiteUrls>(),
                options.EffectiveAccounts(),
                FormLoginFlow.Standard,
                options.AuthFolder,
                TimeSpan.FromHours(options.StorageStateMaxAgeHours),
                TimeSpan.FromSeconds(options.LoginTimeoutSeconds),
                sp.GetRequiredService<ILogger<SiteLoginService>>());
        });
        services.TryAddSingleton<ISiteResetter>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<WebArenaOptions>>().Value;
            return new ConfiguredSiteResetter(
                options.ResetCommand,
                string.IsNullOrWhiteSpace(options.ResetUrl) ? null : new Uri(options.ResetUrl),
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(WebArena)),
                sp.GetRequiredService<ILogger<ConfiguredSiteResetter>>());
        });
        services.TryAddSingleton(sp => new SuiteRunner(sp.GetRequiredService<ITaskRunner>(), sp.GetService<ISiteResetter>(), sp.GetRequiredService<ILogger<SuiteRunner>>()));
        return services;
    }

    private static ChatClientAnswerJudge? JudgeFromClient(IServiceProvider services, WebArenaOptions options)
    {
        var client = services.GetKeyedService<IChatClient>(options.JudgeClient);
        return client is null ? null : new ChatClientAnswerJudge(client, string.IsNullOrWhiteSpace(options.JudgeModel) ? null : options.JudgeModel);
    }
}
