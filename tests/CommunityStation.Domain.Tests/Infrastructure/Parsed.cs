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

    /// <summary>Asserts <paramref name="input"/> is accepted and that the type's <c>IsValid</c> agrees; returns the value read.</summary>
    public static T Valid<T>(TryParse<T> parse, Func<string?, bool> isValid, string? input)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(isValid);
        var value = Accepted(parse, input);
        Assert.True(isValid(input), $"IsValid('{input}') disagrees with TryParse");
        return value;
    }

    /// <summary>Asserts <paramref name="input"/> is refused with <paramref name="expectedError"/> and that the type's <c>IsValid</c> agrees.</summary>
    public static void Invalid<T>(TryParse<T> parse, Func<string?, bool> isValid, string? input, string expectedError)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(isValid);
        Refused(parse, input, expectedError);
        Assert.False(isValid(input), $"IsValid('{input}') disagrees with TryParse");
    }
}
