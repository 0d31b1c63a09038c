using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.Serialization;

namespace ReviewTimelines.ICalendar.Internal;

/// <summary>Ical.Net's serializer factory with one change: components keep their properties in insertion order.</summary>
/// <remarks>
/// Ical.Net 5.2.4's <see cref="ComponentSerializer"/> sorts properties with <c>OrderBy(p =&gt; p.Name)</c>, i.e. the
/// process's current culture, and <see cref="CalendarSerializer"/> overwrites VERSION and PRODID. Every content
/// line (name, parameters, value escaping, folding) is still written by Ical.Net's property serializer.
/// </remarks>
internal sealed class InsertionOrderSerializerFactory : SerializerFactory
{
    public override ISerializer? Build(Type? objectType, SerializationContext ctx) =>
        objectType is not null && typeof(ICalendarComponent).IsAssignableFrom(objectType) ? new InsertionOrderComponentSerializer(ctx) : base.Build(objectType, ctx);

    /// <summary>Serializes a whole calendar with this factory.</summary>
    internal static string Serialize(Calendar calendar)
    {
        // Ical.Net 5.2 formats some numbers with the current culture (WeekDaySerializer writes BYDAY=-1SU as
        // `value += ds.Offset`, so a culture whose minus sign is U+2212 writes BYDAY=−1SU). The feed must not depend
        // on the machine: serialize under the invariant culture (CurrentCulture is per thread; restored in finally).
#pragma warning disable RS0030 // CurrentCulture is set here only to pin it to the invariant culture around Ical.Net's serializer.
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            var context = new SerializationContext();
            context.SetService(new InsertionOrderSerializerFactory());
            return new InsertionOrderComponentSerializer(context).SerializeToString(calendar);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
#pragma warning restore RS0030
    }
}

/// <summary>Writes BEGIN, the properties in insertion order, the children in order, and END.</summary>
internal sealed class InsertionOrderComponentSerializer(SerializationContext context) : ComponentSerializer(context)
{
    public override string SerializeToString(object? obj)
    {
        var component = obj as ICalendarComponent ?? throw new ArgumentException("Only calendar components can be serialized here.", nameof(obj));
        var factory = GetService<ISerializerFactory>();
        var name = component.Name.ToUpperInvariant();
        var text = new StringBuilder();

        // BEGIN and END lines are component names only (never folded, never escaped).
        text.Append("BEGIN:").Append(name).Append("\r\n");
        foreach (var property in component.Properties)
        {
            text.Append(Serialize(factory, property));
        }

        foreach (var child in component.Children)
        {
            text.Append(Serialize(factory, child));
        }

        text.Append("END:").Append(name).Append("\r\n");
        return text.ToString();
    }

    private string Serialize(ISerializerFactory factory, object item) =>
        (factory.Build(item.GetType(), SerializationContext) as IStringSerializer)?.SerializeToString(item)
        ?? throw new InvalidOperationException("Ical.Net has no serializer for " + item.GetType().Name + ".");
}
