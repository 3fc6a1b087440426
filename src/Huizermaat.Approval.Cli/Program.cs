using System.CommandLine;
using System.Text;
using Huizermaat.Approval.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

var file = new Argument<string>("FILE")
{
    Description = "JSON Lines file with one draft per line, or - for standard input.",
};
var check = new Command("check", "Check drafts against the social-media protocol; prints one JSON object of findings per line.")
{
    file,
};
check.SetAction((parse, cancellationToken) =>
    CheckCommand.RunAsync(parse.GetValue(file)!, Console.In, Console.Out, Console.Error, cancellationToken));

var root = new RootCommand("Huizermaat Approval: the operators' command-line tool.") { check };
return await root.Parse(args).InvokeAsync();
