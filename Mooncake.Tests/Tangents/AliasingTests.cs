using static Mooncake.Tests.Tangents.TangentSamples;

namespace Mooncake.Tests.Tangents;

/// <summary>
/// Two references to one primal object share one tangent, through every operation that builds
/// tangents or primals, and object cycles are reproduced instead of followed forever.
/// </summary>
[TestClass]
public sealed class AliasingTests
{
    private static readonly TangentSpace ModelSpace = TangentSpace.Of(typeof(Model), 8);
    private static readonly TangentSpace NodeSpace = TangentSpace.Of(typeof(Node), 3);

    public static IEnumerable<object[]> TangentBuilders =>
    [
        ["Zero"], ["Random"], ["Add"], ["Scale"], ["Increment"], ["ExtractLane"], ["InsertLane"], ["Difference"],
    ];

    [TestMethod]
    [DynamicData(nameof(TangentBuilders))]
    public void SharedArraysShareOneTangent(string operation)
    {
        var model = (Model)All().Single(s => s.Type == typeof(Model)).Create()!;
        dynamic t = Build(ModelSpace, model, operation)!;
        Assert.AreSame(t.Weights, t.Alias, operation);
    }

    [TestMethod]
    [DynamicData(nameof(TangentBuilders))]
    public void CyclesAreReproduced(string operation)
    {
        var a = new Node { Value = 1, Next = new Node { Value = 2 } };
        a.Next.Next = a;
        dynamic t = Build(NodeSpace, a, operation)!;
        Assert.AreSame(t, t.Next.Next, operation);
        Assert.AreNotSame(t, t.Next, operation);
    }

    [TestMethod]
    public void MovedPrimalsKeepTheirAliasingAndCycles()
    {
        var model = (Model)All().Single(s => s.Type == typeof(Model)).Create()!;
        var moved = (Model)ModelSpace.AddToPrimal(model, ModelSpace.Random(model, new Random(1)), 3, 0.5)!;
        Assert.AreSame(moved.Weights, moved.Alias);
        Assert.AreNotSame(model.Weights, moved.Weights);
        Assert.AreSame(model.Name, moved.Name, "parts without a tangent are shared");
        Assert.AreEqual(model.Steps, moved.Steps);

        var a = new Node { Value = 1, Next = new Node { Value = 2 } };
        a.Next.Next = a;
        var movedNode = (Node)NodeSpace.AddToPrimal(a, NodeSpace.Random(a, new Random(2)), 1, 1.0)!;
        Assert.AreSame(movedNode, movedNode.Next!.Next);
        Assert.AreEqual(1.0, a.Value, "the input is not modified");
    }

    [TestMethod]
    public void OneObjectSeenThroughDifferentStaticTypesHasOneTangent()
    {
        var bag = (Bag)All().Single(s => s.Type == typeof(Bag)).Create()!;
        TangentSpace space = TangentSpace.Of(typeof(Bag), 4);
        dynamic t = space.Random(bag, new Random(3))!;
        Assert.AreSame(t.Shape, t.Measured);
        Assert.AreEqual(TangentTypes.TangentType(typeof(Circle), 4), ((object)t.Shape).GetType());
        Assert.AreEqual(TangentTypes.TangentType(typeof(double), 4), ((object)t.Boxed).GetType());
    }

    [TestMethod]
    public void IncrementAddsASharedTangentOnce()
    {
        var model = (Model)All().Single(s => s.Type == typeof(Model)).Create()!;
        object? a = ModelSpace.Random(model, new Random(4));
        object? b = ModelSpace.Random(model, new Random(5));
        object? expected = ModelSpace.Add(a, b);
        object? result = ModelSpace.Increment(a, b);
        TangentLawTests<Chunk1>.AssertSameTangent(ModelSpace, expected, result, "a += b touches the shared weights once");
    }

    [TestMethod]
    public void LongChainsDoNotDeepenTheStack()
    {
        // 200,000 nodes on a 256 KiB stack: a walk that recursed per object would overflow,
        // which ends the process rather than failing the test.
        var head = new Node { Value = 0 };
        Node tail = head;
        for (int i = 1; i < 200_000; i++)
        {
            tail = tail.Next = new Node { Value = i };
        }

        tail.Next = head;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    object? t = NodeSpace.Random(head, new Random(6));
                    object? sum = NodeSpace.Add(t, NodeSpace.Scale(2.0, t));
                    Assert.AreEqual(9.0 * NodeSpace.Dot(t, t), NodeSpace.Dot(sum, sum), 1e-9 * NodeSpace.Dot(sum, sum));
                    var moved = (Node)NodeSpace.AddToPrimal(head, NodeSpace.Increment(t, t), 2)!;
                    _ = NodeSpace.Difference(moved, head, 2);
                    _ = NodeSpace.InsertLane(t, 0, NodeSpace.ExtractLane(t, 1));
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.IsNull(failure, failure?.ToString());
    }

    private static object? Build(TangentSpace space, object primal, string operation)
    {
        object? t = space.Random(primal, new Random(7));
        object? u = space.Random(primal, new Random(8));
        return operation switch
        {
            "Zero" => space.Zero(primal),
            "Random" => t,
            "Add" => space.Add(t, u),
            "Scale" => space.Scale(2.0, t),
            "Increment" => space.Increment(t, u),
            "ExtractLane" => space.ExtractLane(t, space.Lanes - 1),
            "InsertLane" => space.InsertLane(t, 0, space.LaneSpace.Random(primal, new Random(9))),
            "Difference" => space.Difference(space.AddToPrimal(primal, t, 0), primal, 0),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
    }
}
