using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PolicySite.Templates;

/// <summary>
/// A template function of one string argument, called directly. Scriban wraps a delegate given to
/// <c>ScriptObject.Import(name, delegate)</c> in a function that calls it by reflection
/// (<see cref="Delegate.DynamicInvoke"/>) with a fresh argument array: every page calls these
/// functions dozens of times.
/// </summary>
/// <param name="parameterName">The argument's name, for a template that names it (<c>t key: "menu"</c>) and for error messages.</param>
internal sealed class TemplateFunction<TResult>(string parameterName, Func<TemplateContext, string, TResult> function) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(TResult);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), parameterName);

    /// <remarks>Scriban has already converted the argument to the parameter's type, string.</remarks>
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        function(context, (string)arguments[0]!);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
