using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Primitives;

namespace CommunityStation.Web.Infrastructure.Input;

/// <summary>
/// Registered first in MVC's binder providers, so every bound string (form, query, route; properties,
/// parameters and collection elements) passes <see cref="InputText.Normalize"/>, every bool binds
/// without ever breaking the checkbox tag helper, and numbers or dates marked [Code] are width-folded.
/// </summary>
public sealed class NormalizingModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Metadata;
        var attributes = metadata is DefaultModelMetadata d ? d.Attributes.ParameterAttributes ?? d.Attributes.Attributes : [];
        var code = attributes.OfType<CodeAttribute>().Any();
        if (metadata.ModelType == typeof(string))
        {
            var multiLine = attributes.OfType<MultiLineAttribute>().Any()
                || string.Equals(metadata.DataTypeName, nameof(System.ComponentModel.DataAnnotations.DataType.MultilineText), StringComparison.Ordinal);
            // Passwords by data type or by name (Password, NewPassword): no attribute on every page needed.
            var secret = string.Equals(metadata.DataTypeName, nameof(System.ComponentModel.DataAnnotations.DataType.Password), StringComparison.Ordinal)
                || metadata.PropertyName?.EndsWith("Password", StringComparison.Ordinal) == true;
            return new StringBinder(multiLine, code, secret);
        }

        if (metadata.UnderlyingOrModelType == typeof(bool))
        {
            return new BoolBinder();
        }

        if (code && !metadata.IsComplexType && !metadata.IsEnumerableType)
        {
            var loggers = context.Services.GetRequiredService<ILoggerFactory>();
            return new FoldingBinder(new SimpleTypeModelBinder(metadata.ModelType, loggers));
        }

        return null;
    }

    private static string Message(ModelBindingContext context, string chinese) =>
        context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()[chinese];

    /// <summary>Refuses control characters as a field error, keeping the cleaned text as model and attempted value.</summary>
    private sealed class StringBinder(bool multiLine, bool code, bool secret) : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            ArgumentNullException.ThrowIfNull(bindingContext);
            var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (result == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            var raw = result.FirstValue;
            if (raw is null)
            {
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
                bindingContext.Result = ModelBindingResult.Success(null);
                return Task.CompletedTask;
            }

            var text = InputText.Normalize(raw, multiLine, code, out var problem, secret);

            // The cleaned text, not the raw one, is what a re-rendered form shows.
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, new ValueProviderResult(text, result.Culture));
            if (problem != InputText.Problem.None)
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Message(bindingContext, "此项含有不允许的控制字符（例如 NUL），请删除后再提交。"));
            }

            bindingContext.Result = ModelBindingResult.Success(text.Length == 0 && bindingContext.ModelMetadata.ConvertEmptyStringToNull ? null : text);
            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// A checkbox posts "true" (plus the hidden "false"). Anything else is a field error, and the attempted
    /// value becomes "false": the checkbox tag helper throws on any other value when the page re-renders.
    /// </summary>
    private sealed class BoolBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            ArgumentNullException.ThrowIfNull(bindingContext);
            var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (result == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            var raw = result.FirstValue?.Trim();
            var nullable = bindingContext.ModelMetadata.IsNullableValueType;
            if (string.IsNullOrEmpty(raw))
            {
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, new ValueProviderResult(nullable ? string.Empty : "false", result.Culture));
                bindingContext.Result = ModelBindingResult.Success(nullable ? null : false);
                return Task.CompletedTask;
            }

            if (bool.TryParse(raw, out var value))
            {
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
                bindingContext.Result = ModelBindingResult.Success(value);
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, new ValueProviderResult("false", result.Culture));
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Message(bindingContext, "请勾选或不勾选此项。"));
            bindingContext.Result = ModelBindingResult.Success(false);
            return Task.CompletedTask;
        }
    }

    /// <summary>A number or date marked [Code]: full-width digits are folded before the usual conversion.</summary>
    private sealed class FoldingBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            ArgumentNullException.ThrowIfNull(bindingContext);
            var original = bindingContext.ValueProvider;
            bindingContext.ValueProvider = new FoldingValueProvider(original);
            try
            {
                await inner.BindModelAsync(bindingContext);
            }
            finally
            {
                bindingContext.ValueProvider = original;
            }
        }
    }

    private sealed class FoldingValueProvider(IValueProvider inner) : IValueProvider
    {
        public bool ContainsPrefix(string prefix) => inner.ContainsPrefix(prefix);

        public ValueProviderResult GetValue(string key)
        {
            var result = inner.GetValue(key);
            return result == ValueProviderResult.None
                ? result
                : new ValueProviderResult(new StringValues(result.Values.Select(v => TextNormalizer.FoldWidth(v)).ToArray()), result.Culture);
        }
    }
}
