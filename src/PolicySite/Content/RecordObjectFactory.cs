using YamlDotNet.Serialization.ObjectFactories;

namespace PolicySite.Content;

/// <summary>
/// YamlDotNet's object factory without its search for <c>[OnDeserializing]</c> and
/// <c>[OnDeserialized]</c> methods. For each type it creates it reflects over every method and
/// its attributes, which in the Native AOT build was a quarter of the reflection in reading the
/// policy site's YAML, on the start-up path. The records YAML is read into declare no such methods
/// (a test keeps it so).
/// </summary>
internal sealed class RecordObjectFactory : DefaultObjectFactory
{
    public override void ExecuteOnDeserializing(object value)
    {
    }

    public override void ExecuteOnDeserialized(object value)
    {
    }
}
