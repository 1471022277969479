package news.crosscheck;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CrosscheckApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(CrosscheckApplication.class, args)));
    }
}
