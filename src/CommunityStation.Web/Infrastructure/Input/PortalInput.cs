using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CommunityStation.Web.Infrastructure.Input;

/// <summary>Input handling in one place: normalising binder, request limits, validation messages in the user's language.</summary>
public static class PortalInput
{
    public static IServiceCollection AddPortalInput(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = RequestLimits.BodyBytes);
        services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = RequestLimits.BodyBytes;
            o.ValueLengthLimit = RequestLimits.FieldBytes;
            o.ValueCountLimit = RequestLimits.FieldCount;
        });

        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((o, localizers) =>
        {
            o.ModelBinderProviders.Insert(0, new NormalizingModelBinderProvider());
            o.ModelMetadataDetailsProviders.Add(new RequiredMessageProvider());

            // FluentValidation's own messages come in the request's UI culture; the field names in them
            // (otherwise "'User Name'") come from the same resources as the page labels.
            var l = localizers.Create(typeof(SharedResource));
            ValidatorOptions.Global.LanguageManager.Enabled = true;
            ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : FieldNames.Display(l, member.Name);
        });

        return services;
    }

    public static IApplicationBuilder UsePortalInput(this IApplicationBuilder app) => app.UseMiddleware<FormReadingMiddleware>();
}

/// <summary>
/// MVC's implicit [Required] on non-nullable strings (server check and the data-val-required text) says
/// "The UserName field is required." in English whatever the culture; a message key makes it go
/// through the data-annotations localiser like every other text.
/// </summary>
public sealed class RequiredMessageProvider : Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.IValidationMetadataProvider
{
    public void CreateValidationMetadata(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.ValidationMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var required in context.ValidationMetadata.ValidatorMetadata.OfType<System.ComponentModel.DataAnnotations.RequiredAttribute>())
        {
            if (required.ErrorMessage is null && required.ErrorMessageResourceName is null)
            {
                required.ErrorMessage = "此项必填。";
            }
        }
    }
}

/// <summary>The label of each validated input property, for FluentValidation's default messages.</summary>
public static class FieldNames
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["UserName"] = "用户名",
        ["Password"] = "密码",
        ["NewPassword"] = "新密码",
        ["DisplayName"] = "姓名",
        ["Role"] = "角色",
        ["TenantId"] = "所属镇（街道）",
        ["CommunityId"] = "所属社区",
        ["Name"] = "名称",
        ["NameZh"] = "中文名称",
        ["NameEn"] = "英文名称",
        ["Note"] = "备注",
        ["Value"] = "数值",
        ["EffectiveFrom"] = "生效日期",
        ["PromisedDays"] = "承诺办结天数",
        ["Households"] = "户数",
        ["Computer"] = "计算机水平",
        ["Education"] = "学历",
        ["IdNumber"] = "身份证号码",
        ["Phone"] = "联系电话",
        ["Request"] = "诉求",
        ["ResidentName"] = "居民姓名",
        ["ResidentIdNumber"] = "居民身份证号码",
        ["ResidentPhone"] = "居民联系电话",
        ["ServiceItemId"] = "服务事项",
        ["Channel"] = "受理渠道",
        ["ConsentRecorded"] = "同意记录",
        ["RegistrationNumber"] = "登记证号",
        ["RegistrationDate"] = "登记日期",
        ["Uscc"] = "统一社会信用代码",
        ["HeadName"] = "负责人姓名",
        ["HeadIdNumber"] = "负责人身份证号码",
        ["HeadPhone"] = "负责人联系电话",
        ["HeadEducation"] = "负责人学历",
        ["PremisesAddress"] = "场所地址",
        ["PremisesAreaSqm"] = "场所面积",
        ["PremisesUseRightBasis"] = "场所使用权依据",
        ["RegisteredCapital"] = "开办资金",
        ["CapitalSource"] = "资金来源",
        ["PartyOrganisation"] = "党组织",
        ["PartySecretaryName"] = "党组织书记姓名",
        ["RcDirectorName"] = "居委会主任姓名",
        ["PartySecretaryId"] = "党组织书记",
        ["RcDirectorId"] = "居委会主任",
        ["RcTermStart"] = "居委会任期开始",
        ["RcTermEnd"] = "居委会任期结束",
    };

    /// <summary>The localised label; in Chinese an unlisted field is "此项" rather than an English property name.</summary>
    public static string? Display(IStringLocalizer l, string member)
    {
        ArgumentNullException.ThrowIfNull(l);
        if (Labels.TryGetValue(member, out var label))
        {
            return l[label];
        }

        return CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal) ? null : "此项";
    }

    public static IEnumerable<string> ChineseLabels => Labels.Values.Append("此项");
}
