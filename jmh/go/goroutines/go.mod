module goroutinecosts

go 1.19
