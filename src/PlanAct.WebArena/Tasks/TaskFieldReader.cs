using System.Text.Json;

namespace PlanAct.WebArena.Tasks;

/// <summary>Reads one task object field by field, recording an error per malformed field.</summary>
internal sealed class TaskFieldReader(string location, List<TaskConfigError> errors)
{
    private static readonly Dictionary<string, EvalType> EvalTypeNames = new(StringComparer.Ordinal)
    {
        ["string_match"] = EvalType.StringMatch,
        ["url_match"] = EvalType.UrlMatch,
        ["program_html"] = EvalType.ProgramHtml,
    };

    private static readonly Dictionary<string, ContentCheckKind> ContentKinds = new(StringComparer.Ordinal)
    {
        ["exact_match"] = ContentCheckKind.ExactMatch,
        ["must_include"] = ContentCheckKind.MustInclude,
        ["must_exclude"] = ContentCheckKind.MustExclude,
        ["fuzzy_match"] = ContentCheckKind.FuzzyMatch,
    };

    private int? _taskId;

    public void Error(string field, string message) => errors.Add(new TaskConfigError(location, _taskId, field, message));

    public WebArenaTask? ReadTask(JsonElement task)
    {
        var before = errors.Count;
        _taskId = ReadInt(task, "task_id", required: true);
        var sites = ReadStringList(task, "sites", required: true, allowBareString: false) ?? [];
        if (sites.Count == 0 && errors.Count == before)
        {
            Error("sites", "must name at least one site, e.g. [\"shopping\"]");
        }

        var startUrl = ReadString(task, "start_url", required: true);
        if (startUrl is not null && string.IsNullOrWhiteSpace(startUrl))
        {
            Error("start_url", "is empty; give a URL such as \"__SHOPPING__\" (several joined by \" |AND| \")");
        }

        var intent = ReadString(task, "intent", required: true);
        if (intent is not null && string.IsNullOrWhiteSpace(intent))
        {
            Error("intent", "is empty");
        }

        var result = new WebArenaTask
        {
            TaskId = _taskId ?? -1,
            Sites = sites,
            RequireLogin = ReadBool(task, "require_login") ?? false,
            StorageState = ReadString(task, "storage_state", required: false),
            StartUrls = startUrl is null ? [] : TaskConfigLoader.SplitStartUrl(startUrl),
            Geolocation = ReadGeolocation(task),
            Intent = intent ?? "",
            IntentTemplate = ReadString(task, "intent_template", required: false),
            IntentTemplateId = ReadInt(task, "intent_template_id", required: false),
            OldTaskId = ReadInt(task, "old_task_id", required: false),
            RequireReset = ReadBool(task, "require_reset") ?? false,
            Eval = ReadEval(task) ?? new TaskEvaluationSpec { EvalTypes = [] },
        };
        return errors.Count == before ? result : null;
    }

    private TaskEvaluationSpec? ReadEval(JsonElement task)
    {
        if (!task.TryGetProperty("eval", out var eval) || eval.ValueKind != JsonValueKind.Object)
        {
            Error("eval", "missing or not an object; expected {\"eval_types\": [...], ...}");
            return null;
        }

        var typeNames = ReadStringList(eval, "eval_types", required: true, allowBareString: false, prefix: "eval.") ?? [];
        var types = new List<EvalType>();
        foreach (var name in typeNames)
        {
            if (EvalTypeNames.TryGetValue(name, out var type))
            {
                types.Add(type);
            }
            else
            {
                Error("eval.eval_types", $"unknown evaluator '{name}'; valid: {string.Join(", ", EvalTypeNames.Keys)}");
            }
        }

        if (typeNames.Count == 0)
        {
            Error("eval.eval_types", "must list at least one evaluator");
        }

        var answers = ReadReferenceAnswers(eval);
        var referenceUrl = ReadString(eval, "reference_url", required: false, prefix: "eval.");
        var urlNote = ReadString(eval, "url_note", required: false, prefix: "eval.");
        if (urlNote is not null && urlNote is not ("GOLD in PRED" or "EXACT" or ""))
        {
            Error("eval.url_note", $"'{urlNote}' is not a known rule; valid: \"GOLD in PRED\", \"EXACT\"");
        }

        var targets = ReadProgramHtml(eval);
        if (types.Contains(EvalType.StringMatch) && answers is null)
        {
            Error("eval.reference_answers", "string_match needs a reference_answers object (exact_match, must_include or fuzzy_match)");
        }

        if (types.Contains(EvalType.UrlMatch) && string.IsNullOrWhiteSpace(referenceUrl))
        {
            Error("eval.reference_url", "url_match needs a non-empty reference_url");
        }

        if (types.Contains(EvalType.ProgramHtml) && targets.Count == 0)
        {
            Error("eval.program_html", "program_html needs at least one target {url, locator, required_contents}");
        }

        return new TaskEvaluationSpec
        {
            EvalTypes = types,
            ReferenceAnswers = answers,
            ReferenceUrl = referenceUrl,
            UrlNote = string.IsNullOrEmpty(urlNote) ? null : urlNote,
            ProgramHtml = targets,
            StringNote = ReadString(eval, "string_note", required: false, prefix: "eval."),
        };
    }

    private ReferenceAnswers? ReadReferenceAnswers(JsonElement eval)
    {
        if (!eval.TryGetProperty("reference_answers", out var answers) || answers.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        const string field = "eval.reference_answers";
        if (answers.ValueKind != JsonValueKind.Object)
        {
            Error(field, $"expected an object or null, got {answers.ValueKind}");
            return null;
        }

        var known = new HashSet<string>(StringComparer.Ordinal) { "exact_match", "must_include", "must_exclude", "one_of", "required_values", "fuzzy_match" };
        foreach (var property in answers.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            Error($"{field}.{property.Name}", $"unknown key; valid: {string.Join(", ", known)}");
        }

        var fuzzyUnachievable = answers.TryGetProperty("fuzzy_match", out var fuzzy) && fuzzy.ValueKind == JsonValueKind.String;
        if (fuzzyUnachievable && fuzzy.GetString() != "N/A")
        {
            Error($"{field}.fuzzy_match", $"a string value must be \"N/A\" (got '{fuzzy.GetString()}'); give reference answers as a list");
        }

        var mustIncludeWasString = answers.TryGetProperty("must_include", out var mi) && mi.ValueKind == JsonValueKind.String;
        var result = new ReferenceAnswers
        {
            ExactMatch = ReadString(answers, "exact_match", required: false, prefix: field + "."),
            MustInclude = ReadStringList(answers, "must_include", required: false, allowBareString: true, prefix: field + "."),
            MustIncludeWasString = mustIncludeWasString,
            MustExclude = ReadStringList(answers, "must_exclude", required: false, allowBareString: true, prefix: field + "."),
            OneOf = ReadStringList(answers, "one_of", required: false, allowBareString: true, prefix: field + "."),
            RequiredValues = ReadStringList(answers, "required_values", required: false, allowBareString: true, prefix: field + "."),
            FuzzyMatch = fuzzyUnachievable ? null : ReadStringList(answers, "fuzzy_match", required: false, allowBareString: false, prefix: field + "."),
            FuzzyMatchUnachievable = fuzzyUnachievable,
        };
        if (result.ExactMatch is null && result.MustInclude is null && result.MustExclude is null && result.OneOf is null
            && result.RequiredValues is null && result.FuzzyMatch is null && !fuzzyUnachievable)
        {
            Error(field, "has no reference; give exact_match, must_include or fuzzy_match");
        }

        return result;
    }

    private List<ProgramHtmlTarget> ReadProgramHtml(JsonElement eval)
    {
        var targets = new List<ProgramHtmlTarget>();
        if (!eval.TryGetProperty("program_html", out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return targets;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            Error("eval.program_html", $"expected an array, got {array.ValueKind}");
            return targets;
        }

        var i = 0;
        foreach (var target in array.EnumerateArray())
        {
            var field = $"eval.program_html[{i++}]";
            if (target.ValueKind != JsonValueKind.Object)
            {
                Error(field, $"expected an object {{url, locator, required_contents}}, got {target.ValueKind}");
                continue;
            }

            var url = ReadString(target, "url", required: true, prefix: field + ".");
            var locator = ReadString(target, "locator", required: false, prefix: field + ".") ?? "";
            if (url is not null && string.IsNullOrWhiteSpace(url))
            {
                Error(field + ".url", "is empty; use \"last\", a URL or a func: helper");
            }

            if (locator.Length > 0 && !(locator.StartsWith("document.", StringComparison.Ordinal) || locator.StartsWith("[...document.", StringComparison.Ordinal)
                || locator.StartsWith("lambda:", StringComparison.Ordinal) || locator.StartsWith("func:", StringComparison.Ordinal)))
            {
                Error(field + ".locator", $"'{Truncate(locator)}' is not supported; valid: empty, document.…, [...document.…, lambda:…, func:…");
            }

            var contents = ReadRequiredContents(target, field + ".required_contents");
            if (url is not null && contents is not null)
            {
                targets.Add(new ProgramHtmlTarget(url, locator, contents));
            }
        }

        return targets;
    }

    private RequiredContents? ReadRequiredContents(JsonElement target, string field)
    {
        if (!target.TryGetProperty("required_contents", out var contents) || contents.ValueKind != JsonValueKind.Object)
        {
            Error(field, "missing or not an object; expected exactly one of exact_match, must_include, must_exclude, fuzzy_match");
            return null;
        }

        var properties = contents.EnumerateObject().ToList();
        if (properties.Count != 1 || !ContentKinds.TryGetValue(properties[0].Name, out var kind))
        {
            Error(field, $"has keys [{string.Join(", ", properties.Select(p => p.Name))}]; expected exactly one of {string.Join(", ", ContentKinds.Keys)}");
            return null;
        }

        var values = ReadStringList(contents, properties[0].Name, required: true, allowBareString: true, prefix: field + ".");
        if (values is null)
        {
            return null;
        }

        if (kind == ContentCheckKind.ExactMatch && values.Count != 1)
        {
            Error(field + ".exact_match", "must be one string");
            return null;
        }

        return new RequiredContents(kind, values);
    }

    private Geolocation? ReadGeolocation(JsonElement task)
    {
        if (!task.TryGetProperty("geolocation", out var geo) || geo.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (geo.ValueKind != JsonValueKind.Object
            || !geo.TryGetProperty("latitude", out var lat) || lat.ValueKind != JsonValueKind.Number
            || !geo.TryGetProperty("longitude", out var lon) || lon.ValueKind != JsonValueKind.Number)
        {
            Error("geolocation", "expected null or {\"latitude\": number, \"longitude\": number[, \"accuracy\": number]}");
            return null;
        }

        double? accuracy = geo.TryGetProperty("accuracy", out var acc) && acc.ValueKind == JsonValueKind.Number ? acc.GetDouble() : null;
        return new Geolocation(lat.GetDouble(), lon.GetDouble(), accuracy);
    }

    private int? ReadInt(JsonElement obj, string name, bool required, string prefix = "")
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error(prefix + name, "is missing; expected an integer");
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        Error(prefix + name, $"expected an integer, got {Describe(value)}");
        return null;
    }

    private bool? ReadBool(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Error(name, $"expected true or false, got {Describe(value)}");
        return null;
    }

    private string? ReadString(JsonElement obj, string name, bool required, string prefix = "")
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error(prefix + name, "is missing; expected a string");
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        Error(prefix + name, $"expected a string, got {Describe(value)}");
        return null;
    }

    private List<string>? ReadStringList(JsonElement obj, string name, bool required, bool allowBareString, string prefix = "")
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error(prefix + name, "is missing; expected a list of strings");
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.String && allowBareString)
        {
            return [value.GetString()!];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(prefix + name, $"expected a list of strings, got {Describe(value)}");
            return null;
        }

        var list = new List<string>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(item.GetString()!);
            }
            else
            {
                Error($"{prefix}{name}[{i}]", $"expected a string, got {Describe(item)}");
            }

            i++;
        }

        return list;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string '{Truncate(value.GetString() ?? "")}'",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => value.ValueKind.ToString(),
    };

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
