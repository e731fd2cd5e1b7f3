using CommunityStation.Web.Infrastructure.Input;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace CommunityStation.Web.Tests.Security;

/// <summary>The one input-normalisation step: <see cref="InputText"/> and the binder provider that applies it.</summary>
public sealed class InputNormalisationTests
{
    [Theory]
    [InlineData("a\0b")]
    [InlineData("a\u0001b")]
    [InlineData("a\u001bb")]
    [InlineData("a\u007fb")]
    [InlineData("a\u0085b")]
    public void Control_characters_are_refused_and_removed(string value)
    {
        var text = InputText.Normalize(value, multiLine: true, code: false, out var problem);
        Assert.Equal(InputText.Problem.ControlCharacter, problem);
        Assert.Equal("ab", text);
    }

    [Fact]
    public void A_broken_surrogate_pair_is_refused()
    {
        Assert.Equal("ab", InputText.Normalize("a" + '\ud800' + "b", multiLine: false, code: false, out var problem));
        Assert.Equal(InputText.Problem.ControlCharacter, problem);
    }

    [Fact]
    public void Tab_and_line_breaks_are_kept_in_a_multi_line_field()
    {
        Assert.Equal("第一行\r\n\t第二行", InputText.Normalize("  第一行\r\n\t第二行 \n", multiLine: true, code: false, out var problem));
        Assert.Equal(InputText.Problem.None, problem);
    }

    [Fact]
    public void Tab_and_line_breaks_become_spaces_in_a_single_line_field()
    {
        Assert.Equal("a b c", InputText.Normalize("a\tb\nc", multiLine: false, code: false, out var problem));
        Assert.Equal(InputText.Problem.None, problem);
    }

    [Fact]
    public void Chinese_punctuation_and_full_width_characters_are_kept_in_free_text()
    {
        const string typed = "城中社区（东区），周一；２号楼　Ａ座";
        Assert.Equal(typed, InputText.Normalize(typed, multiLine: false, code: false, out _));
    }

    [Fact]
    public void Full_width_characters_are_folded_in_a_code_field()
    {
        Assert.Equal("32028219800101001X", InputText.Normalize("３２０２８２１９８００１０１００１Ｘ", multiLine: false, code: true, out _));
        Assert.Equal("138 0000 0000", InputText.Normalize("１３８　００００　００００", multiLine: false, code: true, out _));
    }

    [Fact]
    public void Text_is_trimmed_and_composed_to_NFC()
    {
        Assert.Equal("Caf\u00e9", InputText.Normalize("  Cafe\u0301 ", multiLine: false, code: false, out var problem));
        Assert.Equal(InputText.Problem.None, problem);
    }

    [Fact]
    public async Task The_binder_refuses_NUL_as_a_field_error_and_keeps_the_cleaned_text()
    {
        var (model, state) = await BindAsync(nameof(Sample.Name), "张\0三");
        Assert.Equal("张三", model);
        Assert.Single(state[nameof(Sample.Name)]!.Errors);
        Assert.Equal("张三", state[nameof(Sample.Name)]!.AttemptedValue);
    }

    [Fact]
    public async Task The_binder_folds_only_fields_marked_as_codes()
    {
        Assert.Equal("13800000000", (await BindAsync(nameof(Sample.Phone), "１３８００００００００")).Model);
        Assert.Equal("（１号）", (await BindAsync(nameof(Sample.Name), "（１号）")).Model);
        Assert.Equal(12.5m, (await BindAsync(nameof(Sample.Amount), "１２.５")).Model);
    }

    [Fact]
    public async Task The_binder_keeps_passwords_exactly_but_refuses_NUL_in_them()
    {
        Assert.Equal(" Ｐａｓｓ word ", (await BindAsync(nameof(Sample.NewPassword), " Ｐａｓｓ word ")).Model);
        Assert.Single((await BindAsync(nameof(Sample.NewPassword), "pass\0word")).State[nameof(Sample.NewPassword)]!.Errors);
    }

    [Fact]
    public async Task The_binder_keeps_line_breaks_only_in_multi_line_fields()
    {
        Assert.Equal("a\nb", (await BindAsync(nameof(Sample.Notes), "a\nb")).Model);
        Assert.Equal("a b", (await BindAsync(nameof(Sample.Name), "a\nb")).Model);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1")]
    public async Task A_bad_checkbox_value_is_a_field_error_and_re_renders_as_unchecked(string value)
    {
        var (model, state) = await BindAsync(nameof(Sample.Agreed), value);
        Assert.Equal(false, model);
        Assert.Single(state[nameof(Sample.Agreed)]!.Errors);
        Assert.Equal("false", state[nameof(Sample.Agreed)]!.AttemptedValue);
    }

    [Fact]
    public async Task A_checked_checkbox_binds_true()
    {
        var (model, state) = await BindAsync(nameof(Sample.Agreed), "true", "false");
        Assert.Equal(true, model);
        Assert.Empty(state[nameof(Sample.Agreed)]!.Errors);
    }

    private static async Task<(object? Model, ModelStateDictionary State)> BindAsync(string property, params string[] values)
    {
        var services = new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "Resources").BuildServiceProvider();
        var metadataProvider = new EmptyModelMetadataProvider();
        var metadata = metadataProvider.GetMetadataForProperty(typeof(Sample), property);
        var binder = new NormalizingModelBinderProvider().GetBinder(new ProviderContext(metadata, metadataProvider, services)) ?? throw new InvalidOperationException("no binder");

        var http = new DefaultHttpContext { RequestServices = services };
        var actionContext = new ActionContext(http, new RouteData(), new ActionDescriptor());
        var valueProvider = new QueryStringValueProvider(BindingSource.Query, new QueryCollection(new Dictionary<string, StringValues> { [property] = values }), CultureInfo.InvariantCulture);
        var context = DefaultModelBindingContext.CreateBindingContext(actionContext, valueProvider, metadata, bindingInfo: null, property);
        await binder.BindModelAsync(context);
        Assert.True(context.Result.IsModelSet);
        return (context.Result.Model, context.ModelState);
    }

    /// <summary>One field of each kind the binder tells apart; only its metadata is used.</summary>
    public sealed record Sample(
        string? Name,
        [property: MultiLine] string? Notes,
        [property: Code] string? Phone,
        [property: Code] decimal? Amount,
        bool Agreed,
        string? NewPassword);

    private sealed class ProviderContext(ModelMetadata metadata, IModelMetadataProvider metadataProvider, IServiceProvider services) : ModelBinderProviderContext
    {
        public override BindingInfo BindingInfo { get; } = new();

        public override ModelMetadata Metadata => metadata;

        public override IModelMetadataProvider MetadataProvider => metadataProvider;

        public override IServiceProvider Services => services;

        public override IModelBinder CreateBinder(ModelMetadata metadata) => throw new NotSupportedException();
    }
}
