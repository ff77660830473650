using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpenAI;
using PlanAct.Agents.Configuration;
using PlanAct.Agents.Connectors.Completion;
using PlanAct.Agents.Connectors.Http;
using PlanAct.Agents.Usage;

namespace PlanAct.Agents.Connectors;

/// <summary>
/// Creates one <see cref="IChatClient"/> per role over the OpenAI .NET SDK (chat mode) or the completions API
/// (completion mode). Each client, outermost first: fallback (planner only) → OpenTelemetry GenAI span and metrics →
/// usage and cost recording → error translation → configured defaults and extra body → SDK → HTTP (the one retry layer,
/// with the SDK's own retries off).
/// </summary>
public sealed partial class ModelClientFactory : IModelClientFactory, IDisposable
{
    private readonly PlanActOptions _options;
    private readonly UsageTracker _tracker;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly SecretRedactor _redactor;
    private readonly Dictionary<(ModelRole Role, bool Fallback), (EndpointTarget Target, HttpClient Http, IChatClient Client)> _endpoints = [];
    private readonly Dictionary<ModelRole, IChatClient> _clients = [];
    private readonly Lock _gate = new();

    /// <summary>Creates the factory; the options are validated first.</summary>
    /// <exception cref="PlanActConfigurationException">The options are invalid.</exception>
    public ModelClientFactory(PlanActOptions options, UsageTracker tracker, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tracker);
        var problems = PlanActOptionsValidator.Problems(options);
        if (problems.Count > 0)
        {
            throw new PlanActConfigurationException(problems);
        }

        _options = options;
        _tracker = tracker;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger<ModelClientFactory>();
        _redactor = new SecretRedactor([options.Planner.ApiKey, options.Executor.ApiKey, options.PlannerFallback.Model?.ApiKey]);
    }

    /// <summary>Creates the factory from DI.</summary>
    public ModelClientFactory(IOptions<PlanActOptions> options, UsageTracker tracker, ILoggerFactory loggerFactory)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Value, tracker, loggerFactory)
    {
    }

    /// <summary>The validated options in use.</summary>
    public PlanActOptions Options => _options;

    /// <summary>The usage tracker calls are recorded in.</summary>
    public UsageTracker Usage => _tracker;

    /// <summary>The redactor used for logs and messages (knows every configured key).</summary>
    public SecretRedactor Redactor => _redactor;

    /// <inheritdoc />
    public IChatClient GetChatClient(ModelRole role)
    {
        lock (_gate)
        {
            if (_clients.TryGetValue(role, out var existing))
            {
                return existing;
            }

            var client = Endpoint(role, fallback: false).Client;
            if (role == ModelRole.Planner && _options.PlannerFallback.Enabled)
            {
                var primary = Endpoint(role, fallback: false);
                var fallback = Endpoint(role, fallback: true);
                client = new FallbackChatClient(primary.Client, fallback.Client, primary.Target.Label, fallback.Target.Label, _loggerFactory.CreateLogger<FallbackChatClient>());
            }

            _clients[role] = client;
            return client;
        }
    }

    /// <summary>The chat client of a role without fallback (used by checks that must see the endpoint's own failures).</summary>
    public IChatClient GetDirectChatClient(ModelRole role)
    {
        lock (_gate)
        {
            return Endpoint(role, fallback: false).Client;
        }
    }

    /// <summary>The resolved endpoint of a role (or of the planner's fallback).</summary>
    public EndpointTarget GetTarget(ModelRole role, bool fallback = false)
    {
        lock (_gate)
        {
            return Endpoint(role, fallback).Target;
        }
    }

    /// <summary>
    /// The HTTP client of a role's endpoint: the API key and headers are added, errors become
    /// <see cref="Errors.ModelProviderException"/>s, and transient failures are retried.
    /// </summary>
    public HttpClient GetHttpClient(ModelRole role)
    {
        lock (_gate)
        {
            return Endpoint(role, fallback: false).Http;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var e in _endpoints.Values)
            {
                e.Client.Dispose();
                e.Http.Dispose();
            }

            _endpoints.Clear();
            _clients.Clear();
        }
    }

    private (EndpointTarget Target, HttpClient Http, IChatClient Client) Endpoint(ModelRole role, bool fallback)
    {
        if (_endpoints.TryGetValue((role, fallback), out var existing))
        {
            return existing;
        }

        var (settings, keySetting) = fallback
            ? _options.PlannerFallback.Model is { } custom
                ? (custom, "PlanAct:PlannerFallback:Model:ApiKey")
                : (_options.Executor, "PlanAct:Executor:ApiKey")
            : (_options.For(role), role == ModelRole.Planner ? "PlanAct:Planner:ApiKey (or OPENROUTER_API_KEY)" : "PlanAct:Executor:ApiKey");
        var target = EndpointTarget.Create(role, settings, fallback, keySetting);
        if (target.Mode != settings.ApiMode)
        {
            LogChatOnly(_logger, target.Model);
        }

        var http = ModelHttpClientBuilder.Build(target, _options, _redactor, _loggerFactory);
        IChatClient client = target.Mode == ModelApiMode.Completion
            ? new CompletionModeChatClient(http, target)
            : CreateSdkClient(target, http);
        client = new RequestShapingChatClient(client, target);
        client = new ProviderErrorChatClient(client, target, _redactor);
        client = new UsageRecordingChatClient(client, target, _tracker);
        client = client.AsBuilder()
            .UseOpenTelemetry(_loggerFactory, ConnectorTelemetry.SourceName, c => c.EnableSensitiveData = false)
            .Build();
        var entry = (target, http, client);
        _endpoints[(role, fallback)] = entry;
        return entry;
    }

    private static IChatClient CreateSdkClient(EndpointTarget target, HttpClient http)
    {
        var options = new OpenAIClientOptions
        {
            Endpoint = new Uri(target.BaseUri.ToString().TrimEnd('/')),
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };
        var key = string.IsNullOrEmpty(target.Options.ApiKey) ? "none" : target.Options.ApiKey;
        return new OpenAIClient(new ApiKeyCredential(key), options).GetChatClient(target.Model).AsIChatClient();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model '{Model}' on OpenRouter is chat-only; using chat mode instead of completion mode.")]
    private static partial void LogChatOnly(ILogger logger, string model);
}
