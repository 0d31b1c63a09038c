using ReviewTimelines.Fuzz;

return FuzzRunner.Run(args, Console.Out);
