namespace ReviewTimelines.Intervals;

/// <summary>An append-only list of packed (p, q) sweep positions, stored in fixed-size chunks so that growing never copies.</summary>
internal sealed class PairStore
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;
    private readonly List<long[]> chunks = [];
    private long[] current = [];
    private int used = ChunkSize;

    public int Count { get; private set; }

    public long this[int index] => chunks[index >> ChunkBits][index & (ChunkSize - 1)];

    public static PairStore Merge(PairStore sorted, long[] more)
    {
        var merged = new PairStore();
        int i = 0, j = 0;
        while (i < sorted.Count && j < more.Length)
        {
            merged.Add(sorted[i] <= more[j] ? sorted[i++] : more[j++]);
        }

        while (i < sorted.Count)
        {
            merged.Add(sorted[i++]);
        }

        while (j < more.Length)
        {
            merged.Add(more[j++]);
        }

        return merged;
    }

    public void Add(long pair)
    {
        if (used == ChunkSize)
        {
            if (Count > Array.MaxLength - ChunkSize)
            {
                throw new InvalidOperationException("There are more clashes than a list can hold; narrow the input.");
            }

            current = new long[ChunkSize];
            chunks.Add(current);
            used = 0;
        }

        current[used++] = pair;
        Count++;
    }

    public long[] ToSortedArray()
    {
        var all = new long[Count];
        for (var i = 0; i < Count; i++)
        {
            all[i] = this[i];
        }

        Array.Sort(all);
        return all;
    }
}
