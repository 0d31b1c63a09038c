namespace ReviewTimelines.Intervals;

/// <summary>An append-only list of packed (p, q) sweep positions, stored in chunks so that growing past one chunk never copies.</summary>
/// <remarks>The first chunk starts small and doubles up to the chunk size (so small sweeps stay off the large object heap); later chunks are full-size.</remarks>
internal sealed class PairStore
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;
    private readonly List<long[]> chunks = [];
    private const int FirstChunkSize = 256;
    private long[] current = [];
    private int used;

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
        if (used == current.Length)
        {
            Grow();
        }

        current[used++] = pair;
        Count++;
    }

    private void Grow()
    {
        if (chunks.Count == 0)
        {
            current = new long[FirstChunkSize];
            chunks.Add(current);
        }
        else if (chunks.Count == 1 && current.Length < ChunkSize)
        {
            Array.Resize(ref current, current.Length * 2);
            chunks[0] = current;
        }
        else
        {
            if (Count > Array.MaxLength - ChunkSize)
            {
                throw new InvalidOperationException("There are more clashes than a list can hold; narrow the input.");
            }

            current = new long[ChunkSize];
            chunks.Add(current);
            used = 0;
        }
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
