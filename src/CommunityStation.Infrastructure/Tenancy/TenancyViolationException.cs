namespace CommunityStation.Infrastructure.Tenancy;

/// <summary>Saving a tenant-owned row outside the current tenant: a programming error, never user input.</summary>
public sealed class TenancyViolationException : InvalidOperationException
{
    public TenancyViolationException()
    {
    }

    public TenancyViolationException(string message)
        : base(message)
    {
    }

    public TenancyViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
