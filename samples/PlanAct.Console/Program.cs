System.Console.WriteLine("planact");
