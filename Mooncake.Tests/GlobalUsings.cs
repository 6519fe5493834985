global using Microsoft.VisualStudio.TestTools.UnitTesting;
global using Mooncake.Tangents;
