namespace Mooncake.Tests.Rules.Tensors;
using Mooncake.Tests.Builder.Corpus;

// One test class per family, so that the families run in parallel.
[TestClass] public sealed class TensorArithmeticCorpusTests : CorpusTests<TensorArithmeticCorpus>;
[TestClass] public sealed class TensorExponentialCorpusTests : CorpusTests<TensorExponentialCorpus>;
[TestClass] public sealed class TensorTrigonometricCorpusTests : CorpusTests<TensorTrigonometricCorpus>;
[TestClass] public sealed class TensorRoundingCorpusTests : CorpusTests<TensorRoundingCorpus>;
[TestClass] public sealed class TensorSelectionCorpusTests : CorpusTests<TensorSelectionCorpus>;
[TestClass] public sealed class TensorReductionsCorpusTests : CorpusTests<TensorReductionsCorpus>;
[TestClass] public sealed class TensorSoftMaxCorpusTests : CorpusTests<TensorSoftMaxCorpus>;
[TestClass] public sealed class TensorConversionsCorpusTests : CorpusTests<TensorConversionsCorpus>;
