module defercosts

go 1.19
