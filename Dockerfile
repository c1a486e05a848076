# The newsevents CLI as an image, for docker-compose.yml. Builds with the project's own wrapper.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/cli/target/newsevents-cli.jar /app/newsevents-cli.jar
COPY --from=build /src/cli/target/lib /app/lib
COPY config /app/config
COPY corpus /app/corpus
ENV NEWSEVENTS_CONFIG_DIR=/app/config
ENTRYPOINT ["java", "-cp", "/app/newsevents-cli.jar:/app/lib/*", "org.newsevents.cli.Main"]
