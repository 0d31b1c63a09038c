using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ReviewTimelines.Utility;

/// <summary>Argument validation in one place (after NodaTime's <c>Utility/Preconditions.cs</c>).</summary>
/// <remarks>Every check throws a BCL exception whose message names the argument and, where given, the item.</remarks>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="condition"/> is false.</summary>
    internal static void CheckArgumentRange(bool condition, string paramName, object? actualValue, string message)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(paramName, actualValue, message);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="condition"/> is false.</summary>
    internal static void CheckArgument(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> with a message formatted in the invariant culture.</summary>
    internal static void CheckArgument(bool condition, string paramName, string format, object? arg0)
    {
        if (!condition)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, format, arg0), paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is negative.</summary>
    internal static void CheckNotNegative(NodaTime.Duration value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < NodaTime.Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The duration must not be negative.");
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> is not strictly positive.</summary>
    internal static void CheckPositive(NodaTime.Duration value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value <= NodaTime.Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The duration must be positive.");
        }
    }
}
