{{/*
Names, labels and the configuration shared by the templates.
The three services are rendered by ranging over "jv.components"; each template looks up the
component's values with (index .Values (include "jv.valuesKey" $component)).
*/}}

{{- define "jv.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "jv.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* The services, in the order they are rendered. */}}
{{- define "jv.components" -}}
gateway ventures-service partners-service
{{- end }}

{{/* Key of a component's values: "ventures-service" -> "venturesService" */}}
{{- define "jv.valuesKey" -}}
{{- get (dict "gateway" "gateway" "ventures-service" "venturesService" "partners-service" "partnersService") . }}
{{- end }}

{{/* Name of a component's objects: <fullname>-<component>, within the 63 characters of a DNS label. */}}
{{- define "jv.componentName" -}}
{{- printf "%s-%s" (include "jv.fullname" .root) .component | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "jv.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels that select a component's pods: dict "root" $ "component" "gateway" */}}
{{- define "jv.selectorLabels" -}}
app.kubernetes.io/name: {{ include "jv.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* The version a component runs: its image tag. */}}
{{- define "jv.version" -}}
{{- $values := .root.Values }}
{{- $key := include "jv.valuesKey" .component }}
{{- if $key }}
{{- (index $values $key).image.tag }}
{{- else if eq .component "postgresql" }}
{{- $values.postgresql.bundled.image.tag }}
{{- else if eq .component "keycloak" }}
{{- $values.keycloak.bundled.image.tag }}
{{- else }}
{{- .root.Chart.AppVersion }}
{{- end }}
{{- end }}

{{/* The standard labels of every object: dict "root" $ "component" "gateway" */}}
{{- define "jv.labels" -}}
helm.sh/chart: {{ include "jv.chart" .root }}
{{ include "jv.selectorLabels" . }}
{{- /* A label value: at most 63 characters, ending alphanumeric (an image tag may be longer). */}}
app.kubernetes.io/version: {{ regexReplaceAll "[^A-Za-z0-9]+$" (include "jv.version" . | trunc 63) "" | quote }}
app.kubernetes.io/part-of: jv-platform
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end }}

{{/* Host and port of a URL, the port defaulting from the scheme: (urlParse ...) -> "443" */}}
{{- define "jv.urlPort" -}}
{{- $url := urlParse . }}
{{- $hostPort := splitList ":" $url.host }}
{{- if gt (len $hostPort) 1 }}
{{- last $hostPort }}
{{- else if eq $url.scheme "https" }}443
{{- else }}80
{{- end }}
{{- end }}

{{/* Where the services discover Keycloak (the OIDC auth-server-url). */}}
{{- define "jv.oidcAuthServerUrl" -}}
{{- if .Values.keycloak.bundled.enabled }}
{{- printf "http://%s:8080/realms/jv" (include "jv.componentName" (dict "root" . "component" "keycloak")) }}
{{- else }}
{{- .Values.keycloak.issuerUrl }}
{{- end }}
{{- end }}

{{/* In-cluster base URL of a service: dict "root" $ "component" "partners-service" */}}
{{- define "jv.serviceUrl" -}}
{{- printf "http://%s:8080" (include "jv.componentName" .) }}
{{- end }}

{{/* Name of the Secret that holds a service's database password: dict "root" $ "component" ... */}}
{{- define "jv.databaseSecretName" -}}
{{- $values := index .root.Values (include "jv.valuesKey" .component) }}
{{- /* Empty existingSecret: the chart's own Secret (created from the password or generated with
       the bundled PostgreSQL) or, for an external database without a password, one you create. */}}
{{- if $values.database.existingSecret }}
{{- $values.database.existingSecret }}
{{- else }}
{{- printf "%s-db" (include "jv.componentName" .) }}
{{- end }}
{{- end }}

{{- define "jv.databaseSecretKey" -}}
{{- $values := index .root.Values (include "jv.valuesKey" .component) }}
{{- if $values.database.existingSecret }}
{{- $values.database.existingSecretPasswordKey }}
{{- else -}}
password
{{- end }}
{{- end }}

{{/*
Annotations of a Secret whose password the chart generates: as a pre-install hook it is
created once, at install, and never re-rendered by an upgrade, so the password stays what the
database was initialised with. (No `lookup`: it needs a cluster and fails in `helm template`
tools that do not mock it.)
*/}}
{{- define "jv.generatedOnceAnnotations" -}}
helm.sh/hook: pre-install
helm.sh/hook-weight: "-10"
{{- end }}

{{/*
Non-secret configuration of a service, as Quarkus environment variables (the ConfigMap's data).
The service's `config` values come last and win, as an escape hatch.
dict "root" $ "component" "ventures-service"
*/}}
{{- define "jv.configData" -}}
{{- $root := .root }}
{{- $values := index $root.Values (include "jv.valuesKey" .component) }}
{{- $data := dict
      "QUARKUS_HTTP_PORT" "8080"
      "QUARKUS_OIDC_AUTH_SERVER_URL" (include "jv.oidcAuthServerUrl" $root)
      "QUARKUS_OIDC_CLIENT_ID" $root.Values.keycloak.clientId
      "QUARKUS_OIDC_TOKEN_AUDIENCE" $root.Values.keycloak.audience }}
{{- if $root.Values.observability.otlpEndpoint }}
{{- $_ := set $data "QUARKUS_OTEL_SDK_DISABLED" "false" }}
{{- $_ := set $data "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT" $root.Values.observability.otlpEndpoint }}
{{- else }}
{{- /* No collector: switch the SDK off rather than have it retry exports to localhost. */}}
{{- $_ := set $data "QUARKUS_OTEL_SDK_DISABLED" "true" }}
{{- end }}
{{- /* gateway calls both services; each service calls the other one (partner checks). */}}
{{- if ne .component "ventures-service" }}
{{- $_ := set $data "QUARKUS_REST_CLIENT_VENTURES_SERVICE_URL" (include "jv.serviceUrl" (dict "root" $root "component" "ventures-service")) }}
{{- end }}
{{- if ne .component "partners-service" }}
{{- $_ := set $data "QUARKUS_REST_CLIENT_PARTNERS_SERVICE_URL" (include "jv.serviceUrl" (dict "root" $root "component" "partners-service")) }}
{{- end }}
{{- if hasKey $values "database" }}
{{- $host := $root.Values.postgresql.host }}
{{- $port := $root.Values.postgresql.port }}
{{- if $root.Values.postgresql.bundled.enabled }}
{{- $host = include "jv.componentName" (dict "root" $root "component" "postgresql") }}
{{- $port = 5432 }}
{{- end }}
{{- $url := printf "jdbc:postgresql://%s:%v/%s" $host $port $values.database.name }}
{{- with $root.Values.postgresql.jdbcParameters }}
{{- $url = printf "%s?%s" $url . }}
{{- end }}
{{- $_ := set $data "QUARKUS_DATASOURCE_JDBC_URL" $url }}
{{- $_ := set $data "QUARKUS_DATASOURCE_USERNAME" $values.database.username }}
{{- /* Every replica migrates at start; Flyway serialises them with a PostgreSQL advisory lock. */}}
{{- $_ := set $data "QUARKUS_FLYWAY_MIGRATE_AT_START" "true" }}
{{- end }}
{{- range $key, $value := $values.config }}
{{- $_ := set $data $key (toString $value) }}
{{- end }}
{{- toYaml $data }}
{{- end }}

{{/* The hardened container securityContext (not configurable but for the user id). */}}
{{- define "jv.containerSecurityContext" -}}
runAsNonRoot: true
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop:
    - ALL
seccompProfile:
  type: RuntimeDefault
{{- end }}
