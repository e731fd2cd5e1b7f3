namespace CommunityStation.Domain.Tests.Infrastructure;

/// <summary>A value type's <c>TryParse(input, out value, out error)</c>.</summary>
public delegate bool TryParse<T>(string? input, out T? value, out string? error)
    where T : class;

/// <summary>The two outcomes every value-type test checks: the input is read as a value, or refused with an error code.</summary>
public static class Parsed
{
    /// <summary>Asserts <paramref name="input"/> is accepted without an error and returns the value read.</summary>
    public static T Accepted<T>(TryParse<T> parse, string? input)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(parse);
        Assert.True(parse(input, out var value, out var error), $"'{input}' was refused: {error}");
        Assert.Null(error);
        return value!;
    }

    /// <summary>Asserts <paramref name="input"/> is refused with <paramref name="expectedError"/> and no value.</summary>
    public static void Refused<T>(TryParse<T> parse, string? input, string expectedError)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(parse);
        Assert.False(parse(input, out var value, out var error), $"'{input}' was accepted");
        Assert.Null(value);
        Assert.Equal(expectedError, error);
    }
}
