using System.Globalization;

namespace CommunityStation.Domain.Common;

/// <summary>What became of one line of an import that was taken.</summary>
public enum ImportOutcome { Created = 1, Updated = 2, Unchanged = 3 }

/// <summary>
/// One line of an import file while it is read: every cell is checked, and every refusal is kept (not only the
/// first), so the user fixes a line once. Reading a cell that is refused gives its default, and the line is refused.
/// </summary>
public sealed class ImportLine(int number)
{
    private readonly List<DomainException> _refusals = [];

    public int Number { get; } = number;

    public IReadOnlyList<DomainException> Refusals => _refusals;

    public bool IsRefused => _refusals.Count > 0;

    /// <summary>Runs <paramref name="read"/>; a refusal is recorded and the default returned.</summary>
    public T Check<T>(Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return read();
        }
        catch (DomainException e)
        {
            _refusals.Add(e);
            return default!;
        }
    }

    public void Refuse(DomainException refusal) => _refusals.Add(refusal);

    /// <summary>Refuses the line with a message template (a resource key) and its arguments, under no rule.</summary>
    public void Refuse(string message, params string[] arguments) => _refusals.Add(new DomainException(string.Empty, message, null, arguments));

    /// <summary>A date cell as the templates write it (2024-01-01; 2024/1/1 also read), full-width digits folded.</summary>
    public DateOnly Date(string text, string label, string rule = "") => Check(() =>
        DateOnly.TryParseExact(TextNormalizer.FoldWidth(text), ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new DomainException(rule, "{0}“{1}”无效（格式 2024-01-01）。", null, label, text));

    /// <summary>A whole number cell, full-width digits folded.</summary>
    public int WholeNumber(string text, string label, string rule = "") => Check(() =>
        int.TryParse(TextNormalizer.FoldWidth(text), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n : throw new DomainException(rule, "{0}“{1}”不是整数。", null, label, text));
}

/// <summary>An import's outcome before it is saved: what it creates, how many lines update or change nothing, and every refused line.</summary>
public sealed class ImportPlan<T>
{
    private readonly List<T> _created = [];
    private readonly SortedDictionary<int, IReadOnlyList<DomainException>> _refused = [];

    /// <summary>The new records to add (an import that also creates records of its own kind counts them in <see cref="CreatedCount"/> only).</summary>
    public IReadOnlyList<T> Created => _created;

    public int CreatedCount { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    /// <summary>Refused lines by line number, each with every reason.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<DomainException>> Refused => _refused;

    /// <summary>All or nothing: nothing may be saved when any line is refused.</summary>
    public bool IsRefused => _refused.Count > 0;

    /// <summary>Records the line's refusals, if it has any; true when it has none.</summary>
    public bool Accept(ImportLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.IsRefused)
        {
            _refused[line.Number] = line.Refusals;
        }

        return !line.IsRefused;
    }

    public void Add(T created) => _created.Add(created);

    public void Count(ImportOutcome outcome)
    {
        if (outcome == ImportOutcome.Created)
        {
            CreatedCount++;
        }
        else if (outcome == ImportOutcome.Updated)
        {
            Updated++;
        }
        else if (outcome == ImportOutcome.Unchanged)
        {
            Unchanged++;
        }
    }
}
