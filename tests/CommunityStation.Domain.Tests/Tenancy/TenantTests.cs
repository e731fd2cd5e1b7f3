using CommunityStation.Domain.Tenancy;

namespace CommunityStation.Domain.Tests.Tenancy;

public sealed class TenantTests
{
    private static Tenant NewTenant() => Tenant.Create(Guid.NewGuid(), "Yicheng", "宜城街道", TenantKind.Subdistrict, "３２０２８２００１");

    [Fact]
    public void A_new_tenant_keeps_its_url_code_in_lower_case_and_its_division_code_folded()
    {
        var tenant = NewTenant();
        Assert.Equal(("yicheng", "320282001"), (tenant.Code, tenant.OfficialCode));
        Assert.False(tenant.IsRetired);
    }

    [Theory]
    [InlineData("y", "Code")]
    [InlineData("1town", "Code")]
    [InlineData("宜城", "Code")]
    [InlineData("yi cheng", "Code")]
    public void A_url_code_that_cannot_stand_in_an_address_is_refused_at_its_field(string code, string field)
    {
        var refusal = Assert.Throws<DomainException>(() => Tenant.Create(Guid.NewGuid(), code, "宜城街道", TenantKind.Subdistrict, null));
        Assert.Equal(field, refusal.Field);
    }

    [Theory]
    [InlineData("32028200")]
    [InlineData("3202820011")]
    [InlineData("32028200A")]
    public void A_division_code_of_neither_9_nor_12_digits_is_refused(string code)
    {
        var refusal = Rule.Refuses("GB/T 10114", () => Tenant.Create(Guid.NewGuid(), "yicheng", "宜城街道", TenantKind.Subdistrict, code));
        Assert.Equal("OfficialCode", refusal.Field);
    }

    [Fact]
    public void Editing_changes_name_kind_and_division_code_and_says_whether_anything_changed()
    {
        var tenant = NewTenant();
        Assert.False(tenant.Update("宜城街道", TenantKind.Subdistrict, "320282001"));
        Assert.True(tenant.Update("宜城街道办事处", TenantKind.Subdistrict, "320282001000"));
        Assert.Equal(("宜城街道办事处", "320282001000", "yicheng"), (tenant.Name, tenant.OfficialCode, tenant.Code));
    }

    [Fact]
    public void Retiring_a_tenant_that_still_has_stations_accounts_or_staff_is_refused_with_the_counts()
    {
        var tenant = NewTenant();
        var refusal = Assert.Throws<DomainException>(() => tenant.Retire(new DateOnly(2026, 6, 30), new TenantHoldings(2, 3, 15)));
        Assert.Equal(["宜城街道", "2", "3", "15"], refusal.Arguments);
        Assert.Contains("2 个", refusal.Message, StringComparison.Ordinal);
        Assert.False(tenant.IsRetired);
    }

    [Fact]
    public void A_retired_tenant_keeps_its_record_and_can_no_longer_be_edited()
    {
        var tenant = NewTenant();
        tenant.Retire(new DateOnly(2026, 6, 30), new TenantHoldings(0, 0, 0));
        Assert.Equal(new DateOnly(2026, 6, 30), tenant.RetiredOn);
        Assert.Equal("宜城街道", tenant.Name);
        Assert.Throws<DomainException>(() => tenant.Update("别名", TenantKind.Town, null));
        Assert.Throws<DomainException>(() => tenant.Retire(new DateOnly(2026, 7, 1), new TenantHoldings(0, 0, 0)));
    }

    [Theory]
    [InlineData("镇", TenantKind.Town)]
    [InlineData("街道", TenantKind.Subdistrict)]
    [InlineData("管委会", TenantKind.ZoneCommittee)]
    public void The_kind_is_read_from_its_chinese_word(string text, TenantKind kind) => Assert.Equal(kind, Tenant.ParseKind(text));
}
